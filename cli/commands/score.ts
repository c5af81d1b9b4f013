import { promises as fs } from "fs";
import { Command, Option } from "commander";
import { scoreTable, TableError } from "../../core";
import { provenanceSummary } from "../../core";
import { toJsonResult } from "../../core";
import { loadContext } from "../loadContext";
import { FileError, readTableFile } from "../readTableFile";
import { toCsv, toTable } from "../formatResults";
import { writeFileAtomic } from "../writeFileAtomic";
import { runCommand } from "../runCommand";
import { collect } from "../loadScreener";

export function registerScoreCommand(program: Command): void {
  program
    .command("score")
    .description("Score every deal of a pipeline file (.csv or .xlsx): bands, decision, hard stops and drivers")
    .argument("<file>", "deal table: .csv or .xlsx with a header row")
    .option("--sheet <name>", "worksheet to read from an .xlsx")
    .addOption(new Option("--format <format>", "output format").choices(["table", "json", "csv"]).default("table"))
    .option("--out <file>", "write the output to this file instead of the terminal")
    .option("--methodology <file>", "methodology profile JSON (default: techUK-2014 v1)")
    .option("--restrictions <file>", "your own dated sanctions/embargo table JSON (default: the shipped table)")
    .option(
      "--list <file>",
      "screen end users and partners against this restricted-party list (OFAC, CSL, UN, EU, UK, CSV of names); repeat for several",
      collect,
      [],
    )
    .option("--decisions <file>", "reviewer decisions JSON for screening hits (see `export-risk decide`)")
    .option("--list-as-of <date>", "publication date (YYYY-MM-DD) for list files that carry none")
    .action(
      (
        file: string,
        opts: {
          sheet?: string;
          format: "table" | "json" | "csv";
          out?: string;
          methodology?: string;
          restrictions?: string;
          list: string[];
          decisions?: string;
          listAsOf?: string;
        },
      ) =>
        runCommand(async () => {
          const ctx = await loadContext({
            methodology: opts.methodology,
            restrictions: opts.restrictions,
            screening: { list: opts.list, decisions: opts.decisions, listAsOf: opts.listAsOf },
          });
          const table = await readTableFile(file, opts.sheet);
          let scored;
          try {
            scored = scoreTable(table.rows, ctx);
          } catch (e) {
            if (e instanceof TableError) throw new FileError(`${file}${table.sheet ? ` (sheet '${table.sheet}')` : ""}: ${e.message}`);
            throw e;
          }
          const data = provenanceSummary(scored.provenance);
          const results = scored.results.map((r) => toJsonResult(r, scored.methodology, data));
          const text =
            opts.format === "json"
              ? JSON.stringify(results, null, 2) + "\n"
              : opts.format === "csv"
                ? toCsv(results)
                : toTable(results, scored.methodology, data, process.stdout.columns || 120);
          if (opts.out) await writeFileAtomic(opts.out, (tmp) => fs.writeFile(tmp, text));
          else process.stdout.write(text);
          const errors = results.filter((r) => r.status === "error");
          if (errors.length && opts.format !== "table") {
            process.stderr.write(`${errors.length} of ${results.length} rows have input errors (see their "errors").\n`);
          }
          return errors.length ? 1 : 0;
        }),
    );
}
