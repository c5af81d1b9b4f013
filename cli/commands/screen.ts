import { Command, Option } from "commander";
import { defaultProfile } from "../../core";
import type { ScreeningHit } from "../../core";
import {
  createRowScreener,
  createScreener,
  DEFAULT_REVIEW_FLOOR,
  explanationText,
  findNameColumn,
  type ExplainedHit,
  makeDecision,
  parseDecisions,
  serializeDecisions,
  upsertDecision,
  type ScreenedRow,
  type ScreeningList,
  type TableScreening,
} from "../../core";
import { FileError } from "../readTableFile";
import { openTableSource } from "../input/openTableSource";
import { csvLine } from "../output/csvLine";
import { writeOutput } from "../output/writeOutput";
import { createProgress } from "../progress";
import { createHeapTrim } from "../heapTrim";
import { collect, loadDecisions, loadLists, parseThreshold } from "../loadScreener";
import { runCommand } from "../runCommand";
import { updateFileLocked } from "../updateFileLocked";
import { assertNotAnInput } from "../assertNotAnInput";
import { oneLine, terminalText } from "../terminalText";
import { isoDate } from "../../core";
import { screenWithMapping } from "../screenWithMapping";

/**
 * Rows between two full collections. A screened row costs tens of microseconds and the lists' index stays
 * in the heap, so a collection (a few hundred milliseconds) every 20,000 rows, as score does, would take a
 * fifth of the run; every 50,000 rows keeps memory flat for a few percent.
 */
const SCREEN_ROWS_PER_COLLECTION = 50_000;

function listSummary(lists: ScreeningList[]): string {
  return lists
    .map(
      (l) =>
        `  ${l.source}: ${l.entryCount} entries, ${l.aliasCount} aliases (${l.weakAliasCount} weak), as of ${l.asOf || "unknown date"}, sha256 ${l.contentHash.slice(0, 16)}… (${l.files.map((f) => f.name).join(", ")})`,
    )
    .join("\n");
}

function hitJson(h: ScreeningHit) {
  return {
    source: h.source,
    entryId: h.entryId,
    listName: h.listName,
    matchedName: h.matchedName,
    aliasQuality: h.aliasQuality,
    programme: h.programme,
    score: h.score,
    ...(h.decision ? { decision: h.decision } : {}),
    ...("explanation" in h ? { explanation: (h as ExplainedHit).explanation } : {}),
  };
}

function rowJson(r: ScreenedRow) {
  return {
    row: r.row,
    column: r.column,
    name: r.name,
    ...(r.country ? { country: r.country } : {}),
    status: r.status,
    hits: r.hits.map(hitJson),
    ...(r.nearMisses?.length ? { nearMisses: r.nearMisses.map(hitJson) } : {}),
    ...(r.error ? { error: r.error } : {}),
  };
}

const csvFields = [
  "row",
  "column",
  "name",
  "status",
  "source",
  "entry_id",
  "list_name",
  "matched_name",
  "alias_quality",
  "programme",
  "score",
  "decision",
  "decided_by",
  "decided_at",
  "decision_reason",
  "error",
  "kind",
  "explanation",
];

/** CSV lines of one screened row: one per hit and near miss, or one for a clear or error row. */
function csvRows(r: ScreenedRow): string {
  let out = "";
  if (r.hits.length === 0)
    out += csvLine([r.row, r.column, r.name, r.status, "", "", "", "", "", "", "", "", "", "", "", r.error ?? "", "", ""]);
  const lines = [...r.hits.map((h) => ({ h, kind: "match" })), ...(r.nearMisses ?? []).map((h) => ({ h, kind: "near miss" }))];
  for (const { h, kind } of lines) {
    out += csvLine([
      r.row,
      r.column,
      r.name,
      r.status,
      h.source,
      h.entryId,
      h.listName,
      h.matchedName,
      h.aliasQuality ?? "",
      h.programme,
      h.score,
      h.decision?.status ?? "",
      h.decision?.by ?? "",
      h.decision?.at ?? "",
      h.decision?.reason ?? "",
      "",
      kind,
      "explanation" in h ? explanationText((h as ExplainedHit).explanation) : "",
    ]);
  }
  return out;
}

/** Which columns were screened and why, so a wrong column can never pass unnoticed. */
export function screenedColumnsText(s: Pick<TableScreening, "columns" | "headerRow" | "reason">): string {
  if (s.columns.length === 0) return `Screening every non-blank cell as a name (${s.reason}).`;
  const cols = s.columns
    .map((c) => `'${c.header}' (column ${columnLetter(c.index)}, ${c.role}${c.countryColumn ? `, country from '${c.countryColumn}'` : ""})`)
    .join(", ");
  return `Screening ${s.columns.length === 1 ? "column" : "columns"} ${cols}: header row ${s.headerRow} (${s.reason}).`;
}

function columnLetter(index: number): string {
  let n = index + 1,
    out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A hit (or near miss) and, below it, why it matched word by word. */
function hitLines(h: ScreeningHit, prefix: string): string[] {
  const alias = h.matchedName !== h.listName ? ` as "${h.matchedName}"${h.aliasQuality === "weak" ? " (weak alias)" : ""}` : "";
  const decision = h.decision ? `  [${h.decision.status} by ${h.decision.by} on ${h.decision.at}: ${h.decision.reason}]` : "";
  const lines = [
    `    ${prefix}${h.score.toFixed(3)}  ${h.source} ${h.entryId}  ${h.listName}${alias}  programme ${h.programme || "-"}${decision}`,
  ];
  if ("explanation" in h) lines.push(`        why: ${explanationText((h as ExplainedHit).explanation)}`);
  return lines;
}

function tableRows(r: ScreenedRow): string {
  const out: string[] = [];
  if (r.status === "error") out.push(`Row ${r.row}  ERROR  ${r.error}`);
  else if (r.hits.length === 0)
    out.push(
      `Row ${r.row}  clear  ${r.name}${r.column ? `  (${r.column})` : ""}${r.nearMisses?.length ? "  (near misses below, not matches)" : ""}`,
    );
  else out.push(`Row ${r.row}  ${r.status.toUpperCase()}  ${r.name}${r.column ? `  (${r.column})` : ""}`);
  for (const h of r.hits) out.push(...hitLines(h, ""));
  for (const h of r.nearMisses ?? []) out.push(...hitLines(h, "near miss "));
  return out.join("\n") + "\n";
}

interface ScreenCounts {
  total: number;
  matches: number;
  errors: number;
  /** Clear names with near misses to look at. */
  near: number;
}

type ScreenFormatName = "table" | "json" | "ndjson" | "csv";

/** Each format as start / one row / end, so results are written as they are ready. */
function screenFormat(name: ScreenFormatName, lists: ScreeningList[], threshold: number, reviewFloor: number) {
  let first = true;
  switch (name) {
    case "csv":
      return { start: () => csvLine(csvFields), row: csvRows, end: () => "" };
    case "ndjson":
      return { start: () => "", row: (r: ScreenedRow) => JSON.stringify(rowJson(r)) + "\n", end: () => "" };
    case "json":
      return {
        start: () => "[\n",
        row: (r: ScreenedRow) => {
          const text = (first ? "" : ",\n") + JSON.stringify(rowJson(r));
          first = false;
          return text;
        },
        end: () => (first ? "]\n" : "\n]\n"),
      };
    default:
      return {
        start: () => "",
        row: (r: ScreenedRow) => terminalText(tableRows(r)),
        end: (c: ScreenCounts) =>
          terminalText(
            [
              "",
              `${c.total} names screened: ${c.matches} match, ${c.total - c.matches - c.errors} clear${c.near ? ` (${c.near} with near misses to look at)` : ""}, ${c.errors} errors (threshold ${threshold}${reviewFloor < threshold ? `, near misses from ${reviewFloor}` : ""}).`,
              "Lists:",
              listSummary(lists),
            ].join("\n") + "\n",
          ),
      };
  }
}

export function registerScreenCommand(program: Command): void {
  program
    .command("screen")
    .description("Screen partner and reseller names (.csv or .xlsx) against restricted-party lists")
    .argument("<file>", "partner table: .csv or .xlsx with a Name/Partner/Reseller/Company/Entity column (optional Country)")
    .option(
      "--list <file>",
      "list file: OFAC sdn.csv (+ alt.csv, add.csv), US CSL CSV, UN/EU/UK XML, or a CSV of names; repeat for several",
      collect,
      [],
    )
    .option("--threshold <n>", "lowest score that alerts, 0..1 (default: the methodology's screening threshold)")
    .option("--decisions <file>", "reviewer decisions JSON (see `export-risk decide`)")
    .option("--as-of <date>", "publication date (YYYY-MM-DD) for list files that carry none (OFAC CSV, CSL, watch lists)")
    .option("--sheet <name>", "worksheet to read from an .xlsx")
    .option("--mapping <file>", "a deal pipeline's mapping (see `export-risk map`): screen its end-user, partner and customer columns")
    .addOption(
      new Option("--format <format>", "output format (ndjson: one JSON result per line)")
        .choices(["table", "json", "ndjson", "csv"])
        .default("table"),
    )
    .option("--out <file>", "write the output to this file instead of the terminal")
    .action(
      (
        file: string,
        opts: {
          list: string[];
          threshold?: string;
          decisions?: string;
          asOf?: string;
          sheet?: string;
          format: ScreenFormatName;
          out?: string;
          mapping?: string;
        },
      ) =>
        runCommand(async () => {
          if (opts.out) await assertNotAnInput(opts.out, "--out", [file, opts.mapping, ...opts.list, opts.decisions]);
          const threshold = opts.threshold !== undefined ? parseThreshold(opts.threshold) : defaultProfile().screening.threshold;
          const lists = await loadLists(opts.list, opts.asOf);
          const decisions = await loadDecisions(opts.decisions, true);
          const source = await openTableSource(file, opts.sheet, (rows) => findNameColumn(rows) !== undefined);
          const where = `${file}${source.sheet ? ` (sheet '${source.sheet}')` : ""}`;
          const reviewFloor = Math.min(defaultProfile().screening.reviewFloor ?? DEFAULT_REVIEW_FLOOR, threshold);
          const screener = createScreener(lists, { threshold, reviewFloor, decisions });
          // With a pipeline mapping, every name column of a deal table is screened (a whole-table pass);
          // otherwise the name column is found in the top rows and the rows stream.
          const created = opts.mapping ? undefined : createRowScreener(source.head, screener);
          if (created && !created.ok) throw new FileError(`${where}: ${created.message}`);
          const perRow = created?.ok ? created.rows : undefined;
          if (perRow) process.stderr.write(terminalText(screenedColumnsText({ ...perRow, headerRow: perRow.headerRow + 1 })) + "\n");
          async function* screened(): AsyncGenerator<ScreenedRow> {
            if (!perRow) {
              const table = source.head.slice();
              for await (const r of source.rows(table.length - 1)) {
                while (table.length < r.number - 1) table.push([]);
                table[r.number - 1] = r.cells;
              }
              yield* await screenWithMapping(table, opts.mapping!, screener, where);
              return;
            }
            // Cells right of the last header belong to no column: they are not read (a stray cell in XFD stays cheap).
            const header = perRow.headerRow >= 0 ? source.head[perRow.headerRow] : [];
            let width = header.length;
            while (width > 0 && String(header[width - 1] ?? "").trim() === "") width--;
            for await (const row of source.rows(perRow.headerRow, width || undefined)) {
              yield* perRow.screen(row.cells, row.number);
            }
          }
          const format = screenFormat(opts.format, lists, threshold, screener.reviewFloor);
          const counts: ScreenCounts = { total: 0, matches: 0, errors: 0, near: 0 };
          const progress = createProgress("names", source.readFraction);
          const trim = createHeapTrim(SCREEN_ROWS_PER_COLLECTION);
          await writeOutput(opts.out, async (sink) => {
            try {
              for await (const r of screened()) {
                if (counts.total === 0) await sink.write(format.start());
                counts.total++;
                if (r.status === "match") counts.matches++;
                else if (r.status === "error") counts.errors++;
                else if (r.nearMisses?.length) counts.near++;
                await sink.write(format.row(r));
                progress.tick();
                trim();
              }
            } finally {
              progress.done();
            }
            if (counts.total === 0)
              throw new FileError(
                `${where}: there are no names to screen${perRow && perRow.headerRow >= 0 ? " below the header row" : ""}`,
              );
            await sink.write(format.end(counts));
          });
          const needsReview = counts.matches + counts.errors;
          if (needsReview && opts.format !== "table")
            process.stderr.write(`${needsReview} of ${counts.total} names need review (match or error).\n`);
          return needsReview ? 1 : 0;
        }),
    );

  program
    .command("decide")
    .description("Record a reviewer's decision (cleared or confirmed) on a screening hit in a decisions JSON file")
    .requiredOption("--decisions <file>", "decisions JSON to update (created when missing)")
    .requiredOption("--name <text>", "the partner name as screened")
    .requiredOption("--entry <id>", "the list entry id of the hit (entryId)")
    .option("--source <source>", "the hit's list (source), when the id occurs in several lists")
    .option("--list <file>", "the list files used for screening (to fingerprint the entry); repeat for several", collect, [])
    .option("--as-of <date>", "publication date for list files that carry none")
    .addOption(new Option("--status <status>", "the decision").choices(["cleared", "confirmed"]).makeOptionMandatory())
    .requiredOption("--by <reviewer>", "who decided")
    .requiredOption("--reason <text>", "why")
    .option("--date <date>", "date of the decision, YYYY-MM-DD (default: today)")
    .action(
      (opts: {
        decisions: string;
        name: string;
        entry: string;
        source?: string;
        list: string[];
        asOf?: string;
        status: "cleared" | "confirmed";
        by: string;
        reason: string;
        date?: string;
      }) =>
        runCommand(async () => {
          const at = opts.date ?? new Date().toISOString().slice(0, 10);
          if (!isoDate(at))
            throw new FileError(`--date '${terminalText(at, false)}' is not a calendar date in the form YYYY-MM-DD (e.g. 2026-03-31)`);
          for (const list of opts.list) await assertNotAnInput(opts.decisions, "--decisions", [list]);
          if (!opts.reason.trim() || !opts.by.trim()) throw new FileError("--by and --reason must not be empty");
          const lists = await loadLists(opts.list, opts.asOf);
          // Fail early on an unreadable or malformed decisions file, before the lists are searched.
          await loadDecisions(opts.decisions, false);
          const candidates = lists
            .flatMap((l) => l.entries)
            .filter((e) => e.entryId === opts.entry && (!opts.source || e.source.toLowerCase() === opts.source.toLowerCase()));
          if (candidates.length === 0)
            throw new FileError(`no entry '${opts.entry}'${opts.source ? ` in ${opts.source}` : ""} in the lists given`);
          if (candidates.length > 1)
            throw new FileError(
              `entry '${opts.entry}' is in several lists (${candidates.map((c) => c.source).join(", ")}) - say which with --source`,
            );
          const entry = candidates[0];
          const screener = createScreener(lists);
          const hit = screener.screen(opts.name).find((h) => h.source === entry.source && h.entryId === entry.entryId);
          const decision = makeDecision({
            entry,
            inputName: opts.name,
            status: opts.status,
            by: opts.by.trim(),
            at,
            reason: opts.reason.trim(),
            matchedName: hit?.matchedName,
          });
          // Re-read under a lock: a decision recorded by a concurrent run since is kept.
          await updateFileLocked(opts.decisions, (current) => {
            const now = parseDecisions(current ?? "", opts.decisions);
            if (!now.ok) throw new FileError(oneLine(now.message));
            return serializeDecisions(upsertDecision(now.decisions, decision));
          });
          process.stdout.write(
            terminalText(
              `Recorded: '${opts.name}' vs ${entry.source} ${entry.entryId} (${entry.listName}) ${opts.status} by ${decision.by} on ${at}.\n`,
            ),
          );
          if (!hit)
            process.stderr.write(
              terminalText(
                `Note: '${opts.name}' does not currently alert on this entry at the default threshold; the decision is stored anyway.\n`,
              ),
            );
          return 0;
        }),
    );
}
