import { promises as fs } from "fs";
import { Command, Option } from "commander";
import Papa from "papaparse";
import { defaultProfile } from "../../core";
import type { ScreeningHit } from "../../core";
import {
  createScreener,
  findNameColumn,
  makeDecision,
  screenTable,
  serializeDecisions,
  upsertDecision,
  type ScreenedRow,
  type ScreeningList,
} from "../../core";
import { FileError, readTableFile } from "../readTableFile";
import { collect, loadDecisions, loadLists, parseThreshold } from "../loadScreener";
import { runCommand } from "../runCommand";
import { writeFileAtomic } from "../writeFileAtomic";

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
  };
}

function rowJson(r: ScreenedRow) {
  return {
    row: r.row,
    name: r.name,
    ...(r.country ? { country: r.country } : {}),
    status: r.status,
    hits: r.hits.map(hitJson),
    ...(r.error ? { error: r.error } : {}),
  };
}

function toCsv(rows: ScreenedRow[]): string {
  const fields = [
    "row",
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
  ];
  const data: unknown[][] = [];
  for (const r of rows) {
    if (r.hits.length === 0) data.push([r.row, r.name, r.status, "", "", "", "", "", "", "", "", "", "", "", r.error ?? ""]);
    for (const h of r.hits) {
      data.push([
        r.row,
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
      ]);
    }
  }
  return Papa.unparse({ fields, data }, { escapeFormulae: true, newline: "\n" }) + "\n";
}

function toTable(rows: ScreenedRow[], lists: ScreeningList[], threshold: number): string {
  const out: string[] = [];
  for (const r of rows) {
    if (r.status === "error") out.push(`Row ${r.row}  ERROR  ${r.error}`);
    else if (r.hits.length === 0) out.push(`Row ${r.row}  clear  ${r.name}`);
    else {
      out.push(`Row ${r.row}  ${r.status.toUpperCase()}  ${r.name}`);
      for (const h of r.hits) {
        const alias = h.matchedName !== h.listName ? ` as "${h.matchedName}"${h.aliasQuality === "weak" ? " (weak alias)" : ""}` : "";
        const decision = h.decision ? `  [${h.decision.status} by ${h.decision.by} on ${h.decision.at}: ${h.decision.reason}]` : "";
        out.push(`    ${h.score.toFixed(3)}  ${h.source} ${h.entryId}  ${h.listName}${alias}  programme ${h.programme || "-"}${decision}`);
      }
    }
  }
  const matches = rows.filter((r) => r.status === "match").length;
  const errors = rows.filter((r) => r.status === "error").length;
  out.push("");
  out.push(
    `${rows.length} names screened: ${matches} match, ${rows.length - matches - errors} clear, ${errors} errors (threshold ${threshold}).`,
  );
  out.push("Lists:");
  out.push(listSummary(lists));
  return out.join("\n") + "\n";
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
    .addOption(new Option("--format <format>", "output format").choices(["table", "json", "csv"]).default("table"))
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
          format: "table" | "json" | "csv";
          out?: string;
        },
      ) =>
        runCommand(async () => {
          const threshold = opts.threshold !== undefined ? parseThreshold(opts.threshold) : defaultProfile().screening.threshold;
          const lists = await loadLists(opts.list, opts.asOf);
          const decisions = await loadDecisions(opts.decisions, true);
          const table = await readTableFile(file, opts.sheet, (rows) => findNameColumn(rows) !== undefined);
          const screener = createScreener(lists, { threshold, decisions });
          const screened = screenTable(table.rows, screener);
          if (!screened.ok) throw new FileError(`${file}${table.sheet ? ` (sheet '${table.sheet}')` : ""}: ${screened.message}`);
          const rows = screened.screening.results;
          const text =
            opts.format === "json"
              ? JSON.stringify(rows.map(rowJson), null, 2) + "\n"
              : opts.format === "csv"
                ? toCsv(rows)
                : toTable(rows, lists, threshold);
          if (opts.out) await writeFileAtomic(opts.out, (tmp) => fs.writeFile(tmp, text));
          else process.stdout.write(text);
          const needsReview = rows.filter((r) => r.status !== "clear").length;
          if (needsReview && opts.format !== "table")
            process.stderr.write(`${needsReview} of ${rows.length} names need review (match or error).\n`);
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
          if (!/^\d{4}-\d{2}-\d{2}$/.test(at)) throw new FileError(`--date ${at} is not a date in the form YYYY-MM-DD`);
          if (!opts.reason.trim() || !opts.by.trim()) throw new FileError("--by and --reason must not be empty");
          const lists = await loadLists(opts.list, opts.asOf);
          const decisions = await loadDecisions(opts.decisions, false);
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
          await writeFileAtomic(opts.decisions, (tmp) => fs.writeFile(tmp, serializeDecisions(upsertDecision(decisions, decision))));
          process.stdout.write(
            `Recorded: '${opts.name}' vs ${entry.source} ${entry.entryId} (${entry.listName}) ${opts.status} by ${decision.by} on ${at}.\n`,
          );
          if (!hit)
            process.stderr.write(
              `Note: '${opts.name}' does not currently alert on this entry at the default threshold; the decision is stored anyway.\n`,
            );
          return 0;
        }),
    );
}
