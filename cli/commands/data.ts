import { Command, Option } from "commander";
import { scoreTable, TableError } from "../../core";
import { compareScores, type DataImpact } from "../../core";
import { loadContext } from "../loadContext";
import { FileError, readTableFile } from "../readTableFile";
import { readWgiFile } from "../readWgiFile";
import { runCommand } from "../runCommand";

interface ImpactOpts {
  restrictions?: string;
  wgi?: string;
  methodology?: string;
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
    .option("--methodology <file>", "methodology profile JSON used for both scorings (default: the shipped profile)")
    .option("--sheet <name>", "worksheet to read from an .xlsx")
    .option("--as-at <date>", "assess as at this date, YYYY-MM-DD (default: today); a deal's 'As at' column wins")
    .addOption(new Option("--format <format>", "output format").choices(["table", "json"]).default("table"))
    .action((file: string, opts: ImpactOpts) =>
      runCommand(async () => {
        if (!opts.restrictions && !opts.wgi) throw new FileError("Give the proposed data: --restrictions FILE and/or --wgi FILE");
        const wgi = opts.wgi ? await readWgiFile(opts.wgi) : undefined;
        const current = await loadContext({ methodology: opts.methodology, asAt: opts.asAt });
        const proposed = await loadContext({ methodology: opts.methodology, asAt: opts.asAt, restrictions: opts.restrictions, wgi });
        const table = await readTableFile(file, opts.sheet);
        let impact: DataImpact;
        try {
          impact = compareScores(scoreTable(table.rows, current).results, scoreTable(table.rows, proposed).results);
        } catch (e) {
          if (e instanceof TableError) throw new FileError(`${file}${table.sheet ? ` (sheet '${table.sheet}')` : ""}: ${e.message}`);
          throw e;
        }
        const proposedData = proposed.reference.provenance.map((p) => `${p.title}, ${p.version}`);
        if (opts.format === "json") {
          process.stdout.write(JSON.stringify({ ...impact, proposedData }, null, 2) + "\n");
        } else {
          process.stdout.write(impactText(impact, proposedData));
        }
        return 0;
      }),
    );
}

function impactText(impact: DataImpact, proposedData: string[]): string {
  const lines = [
    `${impact.changes.length} of ${impact.deals} deals would change decision with the proposed data` +
      (impact.scoreOnly ? `; ${impact.scoreOnly} more would change score but keep their decision` : "") +
      ".",
  ];
  for (const c of impact.changes) {
    lines.push("", `Row ${c.row}${c.id ? ` (${c.id})` : ""}: ${c.before} -> ${c.after}`);
    for (const w of c.why) lines.push(`  ${w}`);
  }
  lines.push(
    "",
    "Proposed data:",
    ...proposedData.map((d) => `  ${d}`),
    "Nothing was changed: pass the same files to score or register to use them.",
  );
  return lines.join("\n") + "\n";
}
