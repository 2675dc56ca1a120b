import { describe, expect, it } from "vitest";
import { readEntryScripts } from "./readEntryScripts.ts";

describe("readEntryScripts", () => {
  it("answers the module entry, then the preloaded chunks, of a Vite index.html", () => {
    const html = `<!doctype html>
      <head>
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        <script type="module" crossorigin src="/assets/index-BwZpdCcq.js"></script>
        <link rel="modulepreload" crossorigin href="/assets/rolldown-runtime-XKyaHtl9.js">
        <link rel="modulepreload" crossorigin href="/assets/jsx-runtime-AIc9cC4f.js">
        <link rel="stylesheet" crossorigin href="/assets/index-DXout1n-.css">
        <link rel="manifest" href="/manifest.webmanifest">
      </head>`;
    expect(readEntryScripts(html)).toEqual([
      "/assets/index-BwZpdCcq.js",
      "/assets/rolldown-runtime-XKyaHtl9.js",
      "/assets/jsx-runtime-AIc9cC4f.js",
    ]);
  });

  it("ignores classic and inline scripts and reads unquoted or single-quoted attributes", () => {
    const html = `<script src="/legacy.js"></script><script type="module">import "/inline.js"</script>
      <SCRIPT TYPE=module SRC=/a.js></SCRIPT><link rel='modulepreload' href='/b.js'><script type="module" src="/a.js"></script>`;
    expect(readEntryScripts(html)).toEqual(["/a.js", "/b.js"]);
  });
});
