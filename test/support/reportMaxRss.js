// Preloaded with `node -r` into a CLI run under test: prints the process's peak resident set
// size (KB) as the last line of standard error, so a test can compare runs of different sizes.
process.on("exit", () => {
  process.stderr.write(`\nMAXRSS_KB ${process.resourceUsage().maxRSS}\n`);
});
