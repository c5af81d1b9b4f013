import { Command, Option } from "commander";
import { createDealScorer, provenanceOf, provenanceSummary, toJsonResult } from "../../core";
import { mappingProvenance } from "../../core";
import { loadScoringContext, scoringFlagFiles } from "../loadContext";
import { FileError } from "../readTableFile";
import { openDealTable } from "../input/openDealTable";
import { tableWidth } from "../input/tableWidth";
import { ScoreCounts } from "../output/scoreCounts";
import { scoreFormat, type ScoreFormatName } from "../output/scoreFormats";
import { writeOutput } from "../output/writeOutput";
import { createProgress } from "../progress";
import { createHeapTrim } from "../heapTrim";
import { runCommand } from "../runCommand";
import { assertNotAnInput } from "../assertNotAnInput";
import { nodeSha256 } from "../nodeSha256";
import { collect } from "../loadScreener";
import { loadMapping } from "../loadMapping";
import { basisSourcesOf } from "../../core";
import { reviewJson } from "../../core";
import { reviewLookup } from "../../core";
import { loadReviews, localToday } from "../loadReviews";

export function registerScoreCommand(program: Command): void {
  program
    .command("score")
    .description("Score every deal of a pipeline file (.csv or .xlsx): bands, decision, hard stops and drivers")
    .argument("<file>", "deal table: .csv or .xlsx with a header row")
    .option("--sheet <name>", "worksheet to read from an .xlsx")
    .addOption(
      new Option("--format <format>", "output format (ndjson: one JSON result per line)")
        .choices(["table", "json", "ndjson", "csv"])
        .default("table"),
    )
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
          format: ScoreFormatName;
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
          if (opts.out) await assertNotAnInput(opts.out, "--out", [file, ...scoringFlagFiles(opts)]);
          const ctx = await loadScoringContext(opts, opts.asAt);
          const intake = await loadMapping(opts.mapping, ctx);
          const { source, where, mapping } = await openDealTable(file, opts.sheet, intake);
          const scorer = createDealScorer(mapping, ctx, intake);
          const methodology = `${ctx.profile.id}@${ctx.profile.version}`;
          const data = provenanceSummary(intake ? [...provenanceOf(ctx), mappingProvenance(intake)] : provenanceOf(ctx));
          const review = opts.reviews
            ? reviewLookup(await loadReviews(opts.reviews), basisSourcesOf(ctx, nodeSha256), localToday())
            : undefined;
          const reviewed = { current: 0, overdue: 0, stale: 0, none: 0 } as Record<string, number>;
          const format = scoreFormat(opts.format, methodology, data, process.stdout.columns || 120, { reviews: !!review });
          const counts = new ScoreCounts();
          const progress = createProgress("deals", source.readFraction);
          const trim = createHeapTrim(5_000, 128);
          // Rows are scored and written one by one, in input order; nothing is held but the current batch.
          await writeOutput(opts.out, async (sink) => {
            try {
              for await (const batch of source.batches(mapping.headerRow, tableWidth(mapping)))
                for (const row of batch) {
                  const scored = scorer.score(row.cells, row.number);
                  if (!scored) continue;
                  const json = toJsonResult(scored, methodology, data);
                  const result = review ? { ...json, review: reviewJson(review(scored)) } : json;
                  if (result.review && result.status === "ok") reviewed[result.review.status] = (reviewed[result.review.status] ?? 0) + 1;
                  if (counts.total === 0) await sink.write(format.start());
                  counts.add(result);
                  const text = format.row(result);
                  const paused = typeof text === "string" ? (text ? sink.write(text) : undefined) : sink.writePieces(text);
                  if (paused) await paused;
                  progress.tick();
                  trim();
                }
            } finally {
              progress.done();
            }
            if (counts.total === 0) throw new FileError(`${where}: there are no deals below the header row`);
            await sink.write(format.end(counts));
          });
          if (counts.errors && opts.format !== "table") {
            process.stderr.write(`${counts.errors} of ${counts.total} rows have input errors (see their "errors").\n`);
          }
          if (review)
            process.stderr.write(
              `Reviews: ${reviewed.current} current, ${reviewed.overdue} overdue, ${reviewed.stale} stale (the deal or its data changed since), ${reviewed.none} never signed off.\n`,
            );
          return counts.errors ? 1 : 0;
        }),
    );
}
