import { promises as fs } from "fs";
import { Command, Option } from "commander";
import { scoreTable, TableError } from "../../core/intake/scoreTable";
import { provenanceSummary } from "../../core/result/provenance";
import { toJsonResult } from "../../core/result/toJsonResult";
import { loadContext } from "../loadContext";
import { FileError, readTableFile } from "../readTableFile";
import { toCsv, toTable } from "../formatResults";
import { writeFileAtomic } from "../writeFileAtomic";
import { runCommand } from "../runCommand";
import { assertNotAnInput } from "../assertNotAnInput";
import { printOutput, terminalText } from "../terminalText";
import { nodeSha256 } from "../nodeSha256";
import { collect } from "../loadScreener";
import { loadMapping } from "../loadMapping";
import { reportColumns } from "../reportColumns";
import { readWgiFile } from "../readWgiFile";
import { basisSourcesOf } from "../../core/reviews/dealBasis";
import { reviewJson } from "../../core/reviews/reviewJson";
import { reviewLookup } from "../../core/reviews/reviewLookup";
import { loadReviews, localToday } from "../loadReviews";

function reviewCounts(results: { status: string; review?: { status: string } }[]): string {
  const n = (s: string) => results.filter((r) => r.status === "ok" && r.review?.status === s).length;
  return `Reviews: ${n("current")} current, ${n("overdue")} overdue, ${n("stale")} stale (the deal or its data changed since), ${n("none")} never signed off.`;
}

export function registerScoreCommand(program: Command): void {
  program
    .command("score")
    .description("Score every deal of a pipeline file (.csv or .xlsx): bands, decision, hard stops and drivers")
    .argument("<file>", "deal table: .csv or .xlsx with a header row")
    .option("--sheet <name>", "worksheet to read from an .xlsx")
    .addOption(new Option("--format <format>", "output format").choices(["table", "json", "csv"]).default("table"))
    .option("--out <file>", "write the output to this file instead of the terminal")
    .option("--methodology <id|file>", "shipped methodology id (techUK-2014@2, the default, or techUK-2014@1) or a profile JSON file")
    .option("--restrictions <file>", "your own dated sanctions/embargo table JSON (default: the shipped table)")
    .option(
      "--wgi <file>",
      "newer WGI data: the World Bank's workbook (.xlsx) or a derived table (.json) (default: the shipped 2024 update)",
    )
    .option(
      "--list <file>",
      "screen customers, end users and partners against this restricted-party list (OFAC, CSL, UN, EU, UK, CSV of names); repeat for several",
      collect,
      [],
    )
    .option("--decisions <file>", "reviewer decisions JSON for screening hits (see `export-risk decide`)")
    .option("--list-as-of <date>", "publication date (YYYY-MM-DD) for list files that carry none")
    .option("--mapping <file>", "your CRM's header names and picklist values (see `export-risk map`); its SHA-256 goes into the provenance")
    .option(
      "--as-at <date>",
      "assess as at this date, YYYY-MM-DD (default: today): restrictions in force then, WGI figures of the year before; a deal's 'As at' column wins",
    )
    .option("--reviews <file>", "decision records JSON (see `export-risk review`): each result carries its review status")
    .action(
      (
        file: string,
        opts: {
          sheet?: string;
          format: "table" | "json" | "csv";
          out?: string;
          methodology?: string;
          restrictions?: string;
          wgi?: string;
          list: string[];
          decisions?: string;
          listAsOf?: string;
          mapping?: string;
          asAt?: string;
          reviews?: string;
        },
      ) =>
        runCommand(async () => {
          if (opts.out)
            await assertNotAnInput(opts.out, "--out", [
              file,
              opts.methodology,
              opts.restrictions,
              opts.wgi,
              opts.mapping,
              ...opts.list,
              opts.decisions,
            ]);
          const ctx = await loadContext({
            methodology: opts.methodology,
            restrictions: opts.restrictions,
            screening: { list: opts.list, decisions: opts.decisions, listAsOf: opts.listAsOf },
            asAt: opts.asAt,
            ...(opts.wgi ? { wgi: await readWgiFile(opts.wgi) } : {}),
          });
          const intake = await loadMapping(opts.mapping, ctx);
          const table = await readTableFile(file, opts.sheet);
          let scored;
          try {
            scored = scoreTable(table.rows, ctx, { intake });
          } catch (e) {
            if (e instanceof TableError) throw new FileError(`${file}${table.sheet ? ` (sheet '${table.sheet}')` : ""}: ${e.message}`);
            throw e;
          }
          reportColumns(scored.mapping, intake);
          const data = provenanceSummary(scored.provenance);
          const review = opts.reviews
            ? reviewLookup(await loadReviews(opts.reviews), basisSourcesOf(ctx, nodeSha256), localToday())
            : undefined;
          const results = scored.results.map((r) => ({
            ...toJsonResult(r, scored.methodology, data),
            ...(review ? { review: reviewJson(review(r)) } : {}),
          }));
          const text =
            opts.format === "json"
              ? JSON.stringify(results, null, 2) + "\n"
              : opts.format === "csv"
                ? toCsv(results)
                : terminalText(toTable(results, scored.methodology, data, process.stdout.columns || 120));
          if (opts.out) await writeFileAtomic(opts.out, (tmp) => fs.writeFile(tmp, text));
          else printOutput(text);
          const errors = results.filter((r) => r.status === "error");
          if (errors.length && opts.format !== "table") {
            process.stderr.write(`${errors.length} of ${results.length} rows have input errors (see their "errors").\n`);
          }
          if (review) process.stderr.write(reviewCounts(results) + "\n");
          return errors.length ? 1 : 0;
        }),
    );
}
