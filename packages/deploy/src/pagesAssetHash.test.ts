import { extname } from "node:path";
import { describe, expect, it } from "vitest";
import { pagesAssetHash } from "./pagesAssetHash.ts";

const text = (s: string) => new TextEncoder().encode(s);

describe("pagesAssetHash", () => {
  // Reference values computed with blake3-wasm, the library wrangler hashes Pages files with.
  it("matches wrangler's hash of the base64 content and the extension", () => {
    expect(pagesAssetHash(new Uint8Array(), "/LICENSE")).toBe("af1349b9f5f9a1a6a0404dea36dcc949");
    expect(pagesAssetHash(text("<h1>hello</h1>"), "/index.html")).toBe("6c67b21e4df57e1aa96d4e44b47ebc74");
    expect(pagesAssetHash(text("<h1>hello</h1>"), "/notes/hello.txt")).toBe("66d71a68c5dbecba7e64b3414a798356");
    expect(pagesAssetHash(new Uint8Array([0, 1, 2, 255, 254, 128]), "/img/a.png")).toBe(
      "a3c9ed75e82cc4ac441f1fa036f08adb",
    );
  });

  it("takes the extension the way Node's extname does: last segment, none for a dotfile", () => {
    const bytes = text("same bytes");
    for (const [path, alike] of [
      ["/a.tar.gz", "/b.gz"],
      ["/.htaccess", "/README"],
      ["/v1.2/notes", "/notes"],
    ] as const) {
      expect(extname(path).slice(1), path).toBe(extname(alike).slice(1));
      expect(pagesAssetHash(bytes, path), path).toBe(pagesAssetHash(bytes, alike));
    }
  });
});
