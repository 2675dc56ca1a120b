import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { getFreePort } from "../../scripts/lib/getFreePort.ts";

export interface StaticServer {
  origin: string;
  stop(): Promise<void>;
}

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".ttf": "font/ttf",
  ".txt": "text/plain; charset=utf-8",
  ".bin": "application/octet-stream",
};

/**
 * Serves a built page on loopback as a CDN serves hashed assets: `/` (any query) is
 * `index.html`, revalidated on every load; files are cacheable for a year, so a second
 * load in the same browser context comes from the HTTP cache. `documents` are answered
 * with `no-store`: the data a page loads, fresh each time. No compression (loopback).
 */
export async function startStaticServer(
  dir: string,
  documents: Record<string, Uint8Array | string> = {},
): Promise<StaticServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const document = documents[path];
    if (document !== undefined) {
      res.writeHead(200, {
        "content-type": TYPES[extname(path)] ?? "application/octet-stream",
        "cache-control": "no-store",
      });
      res.end(document);
      return;
    }
    const file = path === "/" ? "index.html" : normalize(decodeURIComponent(path)).replace(/^([/\\])+/, "");
    const full = join(dir, file);
    if (file.startsWith("..") || !existsSync(full) || !statSync(full).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[extname(full)] ?? "application/octet-stream",
      "cache-control": file === "index.html" ? "no-cache" : "public, max-age=31536000, immutable",
    });
    res.end(readFileSync(full));
  });
  const port = await getFreePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
