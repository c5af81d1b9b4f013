import { promises as fs } from "fs";
import * as path from "path";
import { Command } from "commander";
import ExcelJS from "exceljs";
import { version } from "../../package.json";
import { scoreTable, TableError } from "../../core/intake/scoreTable";
import { buildRegister } from "../../core/register/buildRegister";
import { isoDate } from "../../core/register/cellText";
import { registerInputFromScore } from "../../core/register/registerInputFromScore";
import { shippedProfile } from "../../core/methodology/loadProfile";
import { loadContext } from "../loadContext";
import { readWgiFile } from "../readWgiFile";
import { collect } from "../loadScreener";
import { loadMapping } from "../loadMapping";
import { reportColumns } from "../reportColumns";
import { describeColumns } from "../../core/intake/describeColumns";
import { FileError, readTableFile } from "../readTableFile";
import { runCommand } from "../runCommand";
import { assertNotAnInput } from "../assertNotAnInput";
import { terminalText } from "../terminalText";
import { toFileError } from "../fileSystemError";
import { nodeSha256 } from "../nodeSha256";
import { writeFileAtomic } from "../writeFileAtomic";
import { basisSourcesOf } from "../../core/reviews/dealBasis";
import { reviewLookup } from "../../core/reviews/reviewLookup";
import type { RegisterLifecycle } from "../../core/register/lifecycle/registerLifecycle";
import { loadReviews } from "../loadReviews";
import { inputRecords, preparedBy, readFxRates, readPreviousSnapshot } from "../registerExtras";

/** The audit line, previous register and exchange rates for a register run (read once, before writing). */
async function registerLifecycle(file: string, opts: RegisterOpts, records: number): Promise<RegisterLifecycle> {
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
    ...(opts.previous ? { previous: { file: path.basename(opts.previous), snapshot: await readPreviousSnapshot(opts.previous) } } : {}),
    ...(opts.fx ? { fx: await readFxRates(opts.fx) } : {}),
    ...(opts.reviews ? { reviews: { file: path.basename(opts.reviews), records } } : {}),
    sha256: nodeSha256,
  };
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
        const asOf = opts.asOf ?? today();
        if (!isoDate(asOf)) throw new FileError(`--as-of '${asOf}' is not a date - use YYYY-MM-DD, e.g. 2026-03-31`);
        if (path.extname(opts.out).toLowerCase() !== ".xlsx")
          throw new FileError(`The register is an Excel workbook: give an output name ending in .xlsx (not '${opts.out}')`);
        await assertNotAnInput(opts.out, "--out", [
          file,
          opts.methodology,
          opts.restrictions,
          opts.wgi,
          opts.mapping,
          opts.reviews,
          opts.previous,
          opts.fx,
          ...opts.list,
          opts.decisions,
        ]);
        const title = registerTitle(opts.title);
        const ctx = await loadContext({
          methodology: opts.methodology,
          restrictions: opts.restrictions,
          screening: { list: opts.list, decisions: opts.decisions, listAsOf: opts.listAsOf },
          asAt: opts.asAt ?? asOf,
          ...(opts.wgi ? { wgi: await readWgiFile(opts.wgi) } : {}),
        });
        const intake = await loadMapping(opts.mapping, ctx);
        const table = await readTableFile(file, opts.sheet);
        const where = `${file}${table.sheet ? ` (sheet '${table.sheet}')` : ""}`;
        let scored;
        try {
          scored = scoreTable(table.rows, ctx, { intake });
        } catch (e) {
          if (e instanceof TableError) throw new FileError(`${where}: ${e.message}`);
          throw e;
        }
        reportColumns(scored.mapping, intake);
        const errors = scored.results.filter((r) => r.status === "error").length;
        if (scored.results.length === 0) throw new FileError(`${where}: there are no deals below the header row`);
        if (errors === scored.results.length) {
          const first = scored.results[0];
          const why = first.status === "error" ? ` - row ${first.row}: ${first.errors[0]?.message}` : "";
          throw new FileError(`${where}: none of the ${errors} rows could be scored${why}. Run 'export-risk score' to see every problem.`);
        }
        const input = registerInputFromScore(scored, ctx, {
          title,
          asOf,
          source: { file: path.basename(file), ...(table.sheet ? { sheet: table.sheet } : {}) },
          // A shipped id is not a file: the Methodology sheet then says "(shipped)" itself.
          methodologySource: opts.methodology && !shippedProfile(opts.methodology) ? path.basename(opts.methodology) : undefined,
          generator: `export-risk ${version}`,
          columns: describeColumns(scored.mapping, intake),
        });
        const reviews = opts.reviews ? await loadReviews(opts.reviews) : undefined;
        if (reviews) input.reviews = reviewLookup(reviews, basisSourcesOf(ctx, nodeSha256), asOf);
        input.lifecycle = await registerLifecycle(file, opts, reviews?.length ?? 0);
        // `-o out/register.xlsx` on a fresh checkout: make the folder rather than fail after all the work.
        await fs.mkdir(path.dirname(path.resolve(opts.out)), { recursive: true }).catch((e: unknown) => {
          throw toFileError(e, opts.out, "write");
        });
        let summary;
        await writeFileAtomic(opts.out, async (tmp) => {
          const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: true, useSharedStrings: false });
          summary = await buildRegister(book, input, { pause: () => new Promise((resolve) => setImmediate(resolve)) });
          await book.commit();
        });
        process.stderr.write(
          `Wrote ${opts.out}: ${summary!.scored} deals` +
            (errors
              ? `; ${errors} rows could not be scored (listed on the 'Input errors' sheet, counted as not assessed on the dashboard)`
              : "") +
            ".\n",
        );
        // Like score: a register with rows left out is not a clean run.
        return errors ? 1 : 0;
      }),
    );
}
