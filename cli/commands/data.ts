import { Command, Option } from "commander";
import { createDealScorer, createImpactTally, type DecisionChange } from "../../core";
import { openDealTable } from "../input/openDealTable";
import { tableWidth } from "../input/tableWidth";
import { loadContext } from "../loadContext";
import { loadMapping } from "../loadMapping";
import { stdoutSink, type TextSink } from "../output/textSink";
import { createProgress } from "../progress";
import { FileError } from "../readTableFile";
import { readWgiFile } from "../readWgiFile";
import { createHeapTrim } from "../heapTrim";
import { runCommand } from "../runCommand";

interface ImpactOpts {
  restrictions?: string;
  wgi?: string;
  methodology?: string;
  mapping?: string;
  sheet?: string;
  asAt?: string;
  format: "table" | "json";
}

export function registerDataCommand(program: Command): void {
  const data = program.command("data").description("Reference data: see what a newer restrictions table or WGI file would change");
  data
    .command("impact")
    .description("Which deals of a pipeline would change decision with new reference data, and why - before you adopt it")
    .argument("<file>", "deal table: .csv or .xlsx with a header row")
    .option("--restrictions <file>", "the proposed restrictions table JSON")
    .option("--wgi <file>", "the proposed WGI data: the World Bank's workbook (.xlsx) or a derived table (.json)")
    .option("--methodology <id|file>", "shipped methodology id or a profile JSON file, used for both scorings (default: techUK-2014@2)")
    .option("--mapping <file>", "your CRM's header names and picklist values (see `export-risk map`)")
    .option("--sheet <name>", "worksheet to read from an .xlsx")
    .option("--as-at <date>", "assess as at this date, YYYY-MM-DD (default: today); a deal's 'As at' column wins")
    .addOption(new Option("--format <format>", "output format").choices(["table", "json"]).default("table"))
    .action((file: string, opts: ImpactOpts) =>
      runCommand(async () => {
        if (!opts.restrictions && !opts.wgi) throw new FileError("Give the proposed data: --restrictions FILE and/or --wgi FILE");
        const wgi = opts.wgi ? await readWgiFile(opts.wgi) : undefined;
        const current = await loadContext({ methodology: opts.methodology, asAt: opts.asAt });
        const proposed = await loadContext({ methodology: opts.methodology, asAt: opts.asAt, restrictions: opts.restrictions, wgi });
        const intake = await loadMapping(opts.mapping, current);
        const { source, where, mapping } = await openDealTable(file, opts.sheet, intake, true);
        const before = createDealScorer(mapping, current, intake);
        const after = createDealScorer(mapping, proposed, intake);
        const proposedData = proposed.reference.provenance.map((p) => `${p.title}, ${p.version}`);
        const out = impactOutput(opts.format, stdoutSink());
        const tally = createImpactTally();
        let changed = 0;
        const progress = createProgress("deals", source.readFraction);
        // Both scorings' garbage kept in check, as score does: the peak stays flat however long the table.
        const trim = createHeapTrim(5_000, 128);
        try {
          // Row by row: only the deals that change are written, as they are found; nothing of the table is held.
          for await (const batch of source.batches(mapping.headerRow, tableWidth(mapping)))
            for (const row of batch) {
              const b = before.score(row.cells, row.number);
              if (!b) continue;
              const change = tally.add(b, after.score(row.cells, row.number)!);
              if (change) {
                const paused = out.change(change, changed++ === 0);
                if (paused) await paused;
              }
              progress.tick();
              trim();
            }
        } finally {
          progress.done();
        }
        const counts = tally.counts();
        if (counts.deals === 0) throw new FileError(`${where}: there are no deals below the header row`);
        await out.end({ ...counts, changed }, proposedData);
        return 0;
      }),
    );
}

interface ImpactOutput {
  change(c: DecisionChange, first: boolean): Promise<void> | undefined;
  end(counts: { deals: number; scoreOnly: number; inputErrors: number; changed: number }, proposedData: string[]): Promise<void>;
}

/**
 * The impact written as it is found: each change, then the counts and the proposed data (a JSON
 * object whose "changes" come first, since the counts are known only at the end).
 */
function impactOutput(format: ImpactOpts["format"], sink: TextSink): ImpactOutput {
  if (format === "json")
    return {
      change: (c, first) => sink.write(`${first ? '{\n  "changes": [\n' : ",\n"}    ${JSON.stringify(c)}`),
      async end({ deals, scoreOnly, inputErrors, changed }, proposedData) {
        await sink.write(changed ? "\n  ],\n" : '{\n  "changes": [],\n');
        await sink.write(
          `  "deals": ${deals},\n  "scoreOnly": ${scoreOnly},\n  "inputErrors": ${inputErrors},\n  "proposedData": ${JSON.stringify(proposedData)}\n}\n`,
        );
        await sink.end();
      },
    };
  return {
    change(c) {
      const lines = [`Row ${c.row}${c.id ? ` (${c.id})` : ""}: ${c.before} -> ${c.after}`, ...c.why.map((w) => `  ${w}`), ""];
      return sink.write(lines.join("\n") + "\n");
    },
    async end({ deals, scoreOnly, inputErrors, changed }, proposedData) {
      const lines = [
        `${changed} of ${deals} deals would change decision with the proposed data` +
          (scoreOnly ? `; ${scoreOnly} more would change score but keep their decision` : "") +
          ".",
        // Never an all-clear for rows nothing could be said of.
        ...(inputErrors
          ? [
              `${inputErrors} ${inputErrors === 1 ? "row has" : "rows have"} input errors under both data and ${inputErrors === 1 ? "was" : "were"} not compared: see \`export-risk score\` for their errors.`,
            ]
          : []),
        "",
        "Proposed data:",
        ...proposedData.map((d) => `  ${d}`),
        "Nothing was changed: pass the same files to score or register to use them.",
      ];
      await sink.write(lines.join("\n") + "\n");
      await sink.end();
    },
  };
}
