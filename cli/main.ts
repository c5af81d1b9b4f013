import { Command } from "commander";
import { version } from "../package.json";
import { registerScoreCommand } from "./commands/score";
import { registerRegisterCommand } from "./commands/register";
import { registerScreenCommand } from "./commands/screen";
import { registerReviewCommand } from "./commands/review";
import { registerMapCommand } from "./commands/map";
import { registerDataCommand } from "./commands/data";

const program = new Command();
program
  .name("export-risk")
  .version(version, "-V, --version", "print the version")
  .description("Assess cyber security export deals (techUK 2014 methodology): score pipelines, screen partners, build board registers.")
  .showHelpAfterError()
  .exitOverride((err) => {
    // Usage errors exit 2, like every other usage or file error of this tool.
    process.exit(err.exitCode === 0 ? 0 : 2);
  });

registerScoreCommand(program);
registerRegisterCommand(program);
registerScreenCommand(program);
registerReviewCommand(program);
registerMapCommand(program);
registerDataCommand(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`export-risk: ${(err as Error).message ?? String(err)}\n`);
  process.exit(2);
});
