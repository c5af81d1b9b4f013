/**
 * Text safe to print to a terminal: escape sequences (ESC [ ... , OSC ... BEL), C0/C1 control characters
 * and bidirectional overrides from input files are removed, so a cell cannot move the cursor, retitle the
 * window, hide text or make a hyperlink. Tabs and newlines are kept only when `keepNewlines`.
 */
export function terminalText(text: string, keepNewlines = true): string {
  const noEscapes = text
    // eslint-disable-next-line no-control-regex
    .replace(/\u001b\][^\u0007\u001b]*(\u0007|\u001b\\)?/g, "")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u001b\u009b]\[?[0-?]*[ -/]*[@-~]?/g, "");
  const controls = keepNewlines
    ? // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g
    : // eslint-disable-next-line no-control-regex
      /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
  return noEscapes.replace(controls, "");
}

/** Prints command output: stripped of control sequences when it goes to a terminal, byte-exact when piped. */
export function printOutput(text: string): void {
  process.stdout.write(process.stdout.isTTY ? terminalText(text) : text);
}

/** A message on one line: line breaks (e.g. in a parser's quote of the input) become spaces, controls go. */
export function oneLine(text: string): string {
  return terminalText(text.replace(/[\r\n\t]+/g, " "), false);
}
