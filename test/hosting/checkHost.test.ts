import * as http from "http";
import type { AddressInfo } from "net";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkHost } = require("../../scripts/check-host") as { checkHost(url: string, o?: { allowHttp?: boolean }): Promise<string[]> };

type Headers = Record<string, string>;
const good: Record<string, Headers> = {
  "/manifest.xml": { "Content-Type": "application/xml" },
  "/taskpane.html": { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-cache" },
  "/functions.js": { "Content-Type": "application/javascript", "Cache-Control": "no-cache" },
  "/functions.json": { "Content-Type": "application/json", "Access-Control-Allow-Origin": "*", "Cache-Control": "no-cache" },
};

async function serve(files: Record<string, Headers>): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const h = files[req.url ?? ""];
    if (!h) return void res.writeHead(404).end();
    res.writeHead(200, h).end("x");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

test("a host serving what Excel needs passes", async () => {
  const s = await serve(good);
  try {
    expect(await checkHost(s.url, { allowHttp: true })).toEqual([]);
  } finally {
    await s.close();
  }
});

test("functions.json without CORS or as text, and a cached functions.js, are named with their consequence; http is refused", async () => {
  const s = await serve({
    ...good,
    "/functions.json": { "Content-Type": "text/plain" },
    "/functions.js": { "Content-Type": "application/javascript", "Cache-Control": "max-age=86400" },
  });
  try {
    const problems = await checkHost(s.url);
    expect(problems).toEqual([
      `${s.url} is not https: Office loads add-ins only over HTTPS`,
      "functions.js: Cache-Control 'max-age=86400' lets Excel keep an old copy after an update; use no-cache",
      "functions.json: Content-Type is 'text/plain', expected /^application\\/json/",
      "functions.json: no Access-Control-Allow-Origin for Office (got 'none'); Excel on the web then shows #NAME?",
      "functions.json: Cache-Control 'missing' lets Excel keep an old copy after an update; use no-cache",
    ]);
  } finally {
    await s.close();
  }
});
