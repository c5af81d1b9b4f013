import { promises as fs } from "fs";
import * as path from "path";
import { Command } from "commander";
import { version } from "../../package.json";
import { createDealScorer, provenanceOf, startRegister, type RegisterSummary } from "../../core";
import { mappingProvenance } from "../../core";
import { isoDate } from "../../core";
import { registerInputFromScore } from "../../core";
import { shippedProfile } from "../../core";
import { loadScoringContext, scoringFlagFiles } from "../loadContext";
import { collect } from "../loadScreener";
import { loadExcel } from "../loadExcel";
import { FileError } from "../readTableFile";
import { closeStream } from "../output/closeStream";
import type { Writable } from "stream";
import { openDealTable } from "../input/openDealTable";
import { tableWidth } from "../input/tableWidth";
import { createProgress } from "../progress";
import { createHeapTrim } from "../heapTrim";
import { zipBackPressure } from "../output/zipBackPressure";
import { fileSpool } from "../output/fileSpool";
import { sheetXmlRows } from "../output/sheetXmlRows";
import { enableNativeZipCrc } from "../output/nativeZipCrc";
import { loadMapping } from "../loadMapping";
import { describeColumns } from "../../core";
import { runCommand } from "../runCommand";
import { assertNotAnInput } from "../assertNotAnInput";
import { oneLine, terminalText } from "../terminalText";
import { toFileError } from "../fileSystemError";
import { nodeSha256 } from "../nodeSha256";
import { writeFileAtomic } from "../writeFileAtomic";
import { basisSourcesOf } from "../../core";
import { reviewLookup } from "../../core";
import type { RegisterLifecycle } from "../../core";
import { loadReviews } from "../loadReviews";
import { inputRecords, preparedBy, readFxRates, readPreviousRegister } from "../registerExtras";

/** The audit line, previous register and exchange rates for a register run (read once, before writing). */
async function registerLifecycle(file: string, opts: RegisterOpts, records: number, disposers: (() => void)[]): Promise<RegisterLifecycle> {
  return {
    audit: {
      inputs: await inputRecords([
        { role: "Deals", file },
        // A shipped profile named by id is no file: the Read me names it under Methodology.
        { role: "Intake mapping", file: opts.mapping },
        { role: "Methodology", file: opts.methodology && !shippedProfile(opts.methodology) ? opts.methodology : undefined },
        { role: "Restrictions", file: opts.restrictions },
        ...opts.list.map((l) => ({ role: "Restricted-party list", file: l })),
        { role: "Screening decisions", file: opts.decisions },
        { role: "Sign-off records", file: opts.reviews },
        { role: "Previous register", file: opts.previous },
        { role: "Exchange rates", file: opts.fx },
      ]),
      preparedBy: preparedBy(opts.preparedBy),
      tool: `export-risk ${version}`,
      runAt: new Date().toISOString().replace(/\.\d{3}Z$/, "Z"),
    },
    ...(opts.previous
      ? { previous: { file: path.basename(opts.previous), snapshot: await previousRegister(opts.previous, disposers) } }
      : {}),
    ...(opts.fx ? { fx: await readFxRates(opts.fx) } : {}),
    ...(opts.reviews ? { reviews: { file: path.basename(opts.reviews), records } } : {}),
    sha256: nodeSha256,
  };
}

/** The previous register, read before any row is scored; the command says which register it compares with. */
async function previousRegister(file: string, disposers: (() => void)[]) {
  const { snapshot, dispose } = await readPreviousRegister(file);
  disposers.push(dispose);
  process.stderr.write(
    `Comparing with '${oneLine(file)}': register as of ${oneLine(String(snapshot.asOf))}, ${snapshot.deals.size} deals (${oneLine(snapshot.methodology)}).\n`,
  );
  return snapshot;
}

export const DEFAULT_REGISTER_TITLE = "Board risk register: cyber security export deals";

interface RegisterOpts {
  out: string;
  sheet?: string;
  title?: string;
  asOf?: string;
  asAt?: string;
  wgi?: string;
  methodology?: string;
  restrictions?: string;
  list: string[];
  decisions?: string;
  listAsOf?: string;
  reviews?: string;
  previous?: string;
  fx?: string;
  preparedBy?: string;
  mapping?: string;
}

/** Longest title kept: it heads every sheet; the page header cuts it further. */
const TITLE_MAX = 200;

/** The --title as the register shows it: control characters removed, cut to TITLE_MAX with a note. */
function registerTitle(given: string | undefined): string {
  const clean = terminalText(given ?? "", false).trim();
  if (!clean) return DEFAULT_REGISTER_TITLE;
  if (clean.length <= TITLE_MAX) return clean;
  process.stderr.write(`Note: the --title has ${clean.length} characters; the register uses its first ${TITLE_MAX - 1}.\n`);
  return clean.slice(0, TITLE_MAX - 1).trimEnd() + "…";
}

/** Today's date, for a register run without --as-of (the only place the clock is read). */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

export function registerRegisterCommand(program: Command): void {
  program
    .command("register")
    .description("Build a board risk register workbook (.xlsx) from a pipeline file: dashboard, register, partners, methodology")
    .argument("<file>", "deal table: .csv or .xlsx with a header row")
    .requiredOption("-o, --out <file>", "the register workbook to write (.xlsx)")
    .option("--sheet <name>", "worksheet to read from an .xlsx")
    .option("--title <text>", "title on every sheet and in the print header", DEFAULT_REGISTER_TITLE)
    .option("--as-of <date>", "the register's date, YYYY-MM-DD (default: today); the same input and date give the same cells")
    .option("--methodology <id|file>", "shipped methodology id (techUK-2014@2, the default, or techUK-2014@1) or a profile JSON file")
    .option("--restrictions <file>", "your own dated sanctions/embargo table JSON (default: the shipped table)")
    .option(
      "--wgi <file>",
      "newer WGI data: the World Bank's workbook (.xlsx) or a derived table (.json) (default: the shipped 2024 update)",
    )
    .option("--list <file>", "screen customers, end users and partners against this restricted-party list; repeat for several", collect, [])
    .option("--decisions <file>", "reviewer decisions JSON for screening hits (see `export-risk decide`)")
    .option("--list-as-of <date>", "publication date (YYYY-MM-DD) for list files that carry none")
    .option("--reviews <file>", "decision records JSON (see `export-risk review`): fills the owner, treatment, due and review columns")
    .option("--previous <file>", "an earlier register (.xlsx) to compare with: adds a Changes sheet")
    .option("--fx <file>", "exchange rates CSV (from,to,rate,date) to show the value at stake in one currency")
    .option("--prepared-by <name>", "who prepared the register, for the audit line (default: the operating-system user)")
    .option("--mapping <file>", "your CRM's header names and picklist values (see `export-risk map`); its SHA-256 goes into the provenance")
    .option(
      "--as-at <date>",
      "assess the deals as at this date, YYYY-MM-DD (default: the register's --as-of date); a deal's 'As at' column wins",
    )
    .action((file: string, opts: RegisterOpts) =>
      runCommand(async () => {
        // What the run leaves on disk until it ends (the previous register's deals), removed whatever happens.
        const disposers: (() => void)[] = [];
        try {
          const asOf = opts.asOf ?? today();
          if (!isoDate(asOf)) throw new FileError(`--as-of '${asOf}' is not a date - use YYYY-MM-DD, e.g. 2026-03-31`);
          if (path.extname(opts.out).toLowerCase() !== ".xlsx")
            throw new FileError(`The register is an Excel workbook: give an output name ending in .xlsx (not '${opts.out}')`);
          await assertNotAnInput(opts.out, "--out", [file, ...scoringFlagFiles(opts), opts.reviews, opts.previous, opts.fx]);
          const title = registerTitle(opts.title);
          const ctx = await loadScoringContext(opts, opts.asAt ?? asOf);
          const intake = await loadMapping(opts.mapping, ctx);
          const { source, where, mapping } = await openDealTable(file, opts.sheet, intake);
          const scorer = createDealScorer(mapping, ctx, intake);
          const provenance = intake ? [...provenanceOf(ctx), mappingProvenance(intake)] : provenanceOf(ctx);
          const { results: _none, ...meta } = registerInputFromScore({ results: [], provenance }, ctx, {
            title,
            asOf,
            source: { file: path.basename(file), ...(source.sheet ? { sheet: source.sheet } : {}) },
            // A shipped id is not a file: the Methodology sheet then says "(shipped)" itself.
            methodologySource: opts.methodology && !shippedProfile(opts.methodology) ? path.basename(opts.methodology) : undefined,
            generator: `export-risk ${version}`,
            columns: describeColumns(mapping, intake),
          });
          const reviews = opts.reviews ? await loadReviews(opts.reviews) : undefined;
          if (reviews) meta.reviews = reviewLookup(reviews, basisSourcesOf(ctx, nodeSha256), asOf);
          meta.lifecycle = await registerLifecycle(file, opts, reviews?.length ?? 0, disposers);
          // `-o out/register.xlsx` on a fresh checkout: make the folder rather than fail after all the work.
          await fs.mkdir(path.dirname(path.resolve(opts.out)), { recursive: true }).catch((e: unknown) => {
            throw toFileError(e, opts.out, "write");
          });
          const { stream } = loadExcel();
          enableNativeZipCrc();
          const progress = createProgress("deals", source.readFraction);
          const trim = createHeapTrim(5_000, 128);
          let summary: RegisterSummary | undefined;
          let firstError: { row: number; message: string } | undefined;
          // One pass: each row is scored and written to the Register sheet as it is read; the
          // dashboard and the other sheets are written at the end from figures gathered on the way.
          await writeFileAtomic(opts.out, async (tmp) => {
            const book = new stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: true, useSharedStrings: false });
            try {
              // What the Snapshot, Input errors and screened Partners sheets list of each row waits in
              // temporary files until the Register sheet is done.
              const spools: ReturnType<typeof fileSpool>[] = [];
              const spool = () => {
                const made = fileSpool();
                spools.push(made);
                return made;
              };
              try {
                // A turn of the event loop every 25 rows (about one 64 KB block of Register XML) hands the
                // zip compressor, which runs on another thread, its next block: every 500 rows, it waited
                // for the main thread and then the main thread for it (0.5-1 s of idle main thread at
                // 100,000 deals, measured with performance.eventLoopUtilization; about 0.2 s now).
                const register = startRegister(book, meta, { pause: zipBackPressure(book), pauseEvery: 25, spool, rows: sheetXmlRows });
                try {
                  for await (const batch of source.batches(mapping.headerRow, tableWidth(mapping)))
                    for (const row of batch) {
                      const scored = scorer.score(row.cells, row.number);
                      if (!scored) continue;
                      if (scored.status === "error") firstError ??= { row: scored.row, message: scored.errors[0]?.message ?? "" };
                      const paused = register.add(scored);
                      if (paused) await paused;
                      progress.tick();
                      trim();
                    }
                } finally {
                  progress.done();
                }
                summary = await register.finish();
              } finally {
                for (const made of spools) made.dispose();
              }
              if (summary.deals === 0) throw new FileError(`${where}: there are no deals below the header row`);
              if (summary.scored === 0) {
                const why = firstError ? ` - row ${firstError.row}: ${firstError.message}` : "";
                throw new FileError(
                  `${where}: none of the ${summary.errors} rows could be scored${why}. Run 'export-risk score' to see every problem.`,
                );
              }
              await book.commit();
            } catch (e) {
              // The workbook's file may still be opening: closed first, it cannot reappear once removed.
              await closeStream((book as unknown as { stream?: Writable }).stream);
              throw e;
            }
          });
          const s = summary!;
          if (s.registerSheets.length > 1)
            process.stderr.write(
              `The register has ${s.scored} deals, more than one Excel sheet holds: it continues on ${s.registerSheets
                .slice(1)
                .map((n) => `'${n}'`)
                .join(", ")}.\n`,
            );
          for (const names of s.continued)
            process.stderr.write(
              `The '${names[0]}' list has more rows than one Excel sheet holds: it continues on ${names
                .slice(1)
                .map((n) => `'${n}'`)
                .join(", ")}.\n`,
            );
          process.stderr.write(
            `Wrote ${opts.out}: ${s.scored} deals` +
              (s.errors
                ? `; ${s.errors} rows could not be scored (listed on the 'Input errors' sheet, counted as not assessed on the dashboard)`
                : "") +
              ".\n",
          );
          // Like score: a register with rows left out is not a clean run.
          return s.errors ? 1 : 0;
        } finally {
          for (const dispose of disposers) dispose();
        }
      }),
    );
}
