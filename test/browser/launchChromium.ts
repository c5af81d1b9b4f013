import * as fs from "fs";
import { chromium, type Browser } from "playwright-core";

const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Debian's headless Chromium, with the flags that keep it from reaching the network or a display
 * (playwright's own browser download does not work here).
 */
export function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(executablePath)) {
    throw new Error(
      `The browser tests need Chromium at ${executablePath}: install it with 'apt-get install -y chromium' (Debian/Ubuntu), ` +
        "or point CHROMIUM_PATH at a Chromium or Chrome binary. .ci/run installs it when missing.",
    );
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}
