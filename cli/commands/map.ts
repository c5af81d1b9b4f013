import { promises as fs } from "fs";
import * as path from "path";
import { Command } from "commander";
import Papa from "papaparse";
import { MAPPING_HEADER, mappingLineCells } from "../../core";
import { createMappingProposer, isBlankRow } from "../../core";
import { openTableSource } from "../input/openTableSource";
import { HEAD_ROWS } from "../input/tableRow";
import { loadContext } from "../loadContext";
import { FileError } from "../readTableFile";
import { runCommand } from "../runCommand";
import { writeFileAtomic } from "../writeFileAtomic";

interface MapOpts {
  out: string;
  sheet?: string;
  methodology?: string;
}

export function registerMapCommand(program: Command): void {
  program
    .command("map")
    .description(
      "Propose a mapping of your CRM export's headers and picklist values to the methodology's fields and catalogues, to review in Excel and pass as --mapping",
    )
    .argument("<file>", "deal table: .csv or .xlsx, as exported from the CRM")
    .requiredOption("-o, --out <file>", "the mapping to write (.csv)")
    .option("--sheet <name>", "worksheet to read from an .xlsx")
    .option("--methodology <id|file>", "shipped methodology id or a profile JSON file whose catalogues the values are mapped to")
    .action((file: string, opts: MapOpts) =>
      runCommand(async () => {
        if (path.extname(opts.out).toLowerCase() !== ".csv")
          throw new FileError(`The mapping is a CSV file to open in Excel: give an output name ending in .csv (not '${opts.out}')`);
        if (path.resolve(opts.out) === path.resolve(file))
          throw new FileError(`--out '${opts.out}' is the input file: choose another name`);
        const ctx = await loadContext({ methodology: opts.methodology });
        // Row by row: only the distinct values of the coded columns are held, with their counts.
        const source = await openTableSource(file, opts.sheet, () => true);
        if (source.head.every((r) => isBlankRow(r))) {
          await source.close();
          const where = `${file}${source.sheet ? ` (sheet '${source.sheet}')` : ""}`;
          // The header is looked for in the first rows only: blank ones followed by more are not "empty".
          throw new FileError(
            source.head.length < HEAD_ROWS
              ? `${where}: the table is empty`
              : `${where}: its first ${HEAD_ROWS} rows are blank - the header row must be within them`,
          );
        }
        const proposer = createMappingProposer(source.head, ctx);
        for await (const batch of source.batches(proposer.headerRow)) for (const row of batch) proposer.add(row.cells);
        const proposal = proposer.finish();
        // Text from the CRM export could look like a formula to Excel: escaped as the other CSV outputs are.
        const text =
          Papa.unparse(
            { fields: [...MAPPING_HEADER], data: proposal.lines.map(mappingLineCells) },
            { escapeFormulae: true, newline: "\r\n" },
          ) + "\r\n";
        await writeFileAtomic(opts.out, (tmp) => fs.writeFile(tmp, "\uFEFF" + text));
        const columns = proposal.lines.filter((l) => l.kind === "column");
        const values = proposal.lines.filter((l) => l.kind === "value");
        const review = proposal.lines.filter((l) => l.needsReview).length;
        process.stderr.write(
          `Wrote ${opts.out}: ${columns.length} columns (header row ${proposal.headerRow + 1}) and ${values.length} distinct values; ` +
            `${review} lines marked REVIEW. Correct 'Maps to' in Excel, clear the marks, then run with --mapping ${path.basename(opts.out)}.\n`,
        );
        return 0;
      }),
    );
}
