import { chromium, type Browser } from "playwright-core";

/**
 * Debian's headless Chromium, with the flags that keep it from reaching the network or a display
 * (playwright's own browser download does not work here).
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
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
