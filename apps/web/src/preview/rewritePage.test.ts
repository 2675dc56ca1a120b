import { describe, expect, it } from "vitest";
import { moduleEntriesOf, rewriteCss, rewritePage } from "./rewritePage.ts";
import { toDataUrl, type PreviewFile } from "./toDataUrl.ts";

const text = (value: string): PreviewFile => ({ text: value });
const decode = (url: string) =>
  new TextDecoder().decode(Uint8Array.from(atob(url.split(",")[1] ?? ""), (c) => c.charCodeAt(0)));
const dataUrls = (html: string) => [...html.matchAll(/"(data:[^"]+)"/g)].map((m) => m[1] ?? "");

const files = new Map<string, PreviewFile>([
  ["index.html", text("")],
  ["about/index.html", text("")],
  ["style.css", text('@import "./base.css"; body { background: url(img/bg.png) }')],
  ["base.css", text("p { color: red }")],
  ["img/bg.png", { bytes: new Uint8Array([137, 80, 78, 71]), mime: "image/png" }],
  ["app.js", text("console.log('classic')")],
  ["src/main.tsx", text("")],
]);

describe("rewritePage", () => {
  it("resolves /… in a page under the served root against that root, as the site will", () => {
    const site = new Map<string, PreviewFile>([
      ["public/index.html", text("")],
      ["public/style.css", text("h1 { background: url(/img/bg.png) }")],
      ["public/img/bg.png", { bytes: new Uint8Array([137, 80, 78, 71]), mime: "image/png" }],
      ["public/main.ts", text("")],
    ]);
    const html = `<link rel="stylesheet" href="/style.css"><script type="module" src="/main.ts"></script>`;
    expect(moduleEntriesOf(html, "public/index.html", site, "public")).toEqual(["public/main.ts"]);
    const out = rewritePage({
      html,
      pagePath: "public/index.html",
      root: "public",
      files: site,
      bundles: new Map(),
      prelude: "",
    });
    expect(decode(dataUrls(out)[0] ?? "")).toBe('h1 { background: url("data:image/png;base64,iVBORw==") }');
  });

  it("finds the module entries the in-browser build makes, once each", () => {
    const html = `<script type="module" src="./src/main.tsx"></script><script type=module src="src/main.tsx"></script>
      <script src="app.js"></script><script type="module" src="https://cdn.dev/x.js"></script>`;
    expect(moduleEntriesOf(html, "index.html", files)).toEqual(["src/main.tsx"]);
  });

  it("inlines stylesheets, scripts and images as data URLs, relative to the page", () => {
    const html = `<html><head><link rel="stylesheet" href="../style.css"></head>
      <body><img src='/img/bg.png' alt=x><script src=../app.js></script></body></html>`;
    const out = rewritePage({ html, pagePath: "about/index.html", files, bundles: new Map(), prelude: "PRELUDE" });
    const [css, png, js] = dataUrls(out);
    expect(css).toMatch(/^data:text\/css;base64,/);
    expect(decode(css ?? "")).toContain('url("data:image/png;base64,iVBORw==")');
    expect(decode(css ?? "")).toContain(`@import "${toDataUrl("p { color: red }", "text/css")}"`);
    expect(png).toBe("data:image/png;base64,iVBORw==");
    expect(decode(js ?? "")).toBe("console.log('classic')");
  });

  it("puts each module entry's bundle in place of its source, its CSS before it", () => {
    const html = `<body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body>`;
    const bundles = new Map([["src/main.tsx", { js: "render()", css: "h1{}" }]]);
    const out = rewritePage({ html, pagePath: "index.html", files, bundles, prelude: "" });
    const [css, js] = dataUrls(out);
    expect(decode(css ?? "")).toBe("h1{}");
    // Named after its entry, so the page's errors say where they are (see namedScript).
    expect(decode(js ?? "")).toBe("render()\n//# sourceURL=src/main.tsx");
    expect(out).toMatch(/<link rel="stylesheet" href="data:text\/css[^"]+"><script type="module" src="data:/);
  });

  it("runs the prelude before anything of the page", () => {
    const out = rewritePage({
      html: "<!doctype html><html lang=en><head><script>page()</script></head></html>",
      pagePath: "index.html",
      files,
      bundles: new Map(),
      prelude: "prelude()",
    });
    expect(out).toBe(
      "<!doctype html><html lang=en><head><script>prelude()</script><script>page()</script></head></html>",
    );
    expect(rewritePage({ html: "<p>hi</p>", pagePath: "index.html", files, bundles: new Map(), prelude: "p()" })).toBe(
      "<script>p()</script><p>hi</p>",
    );
  });

  it("leaves links, other sites and missing files as written", () => {
    const html = `<a href="about/index.html">About</a><img src="https://x.dev/a.png"><img src="missing.png">`;
    const out = rewritePage({ html, pagePath: "index.html", files, bundles: new Map(), prelude: "" });
    expect(out).toBe(`<script></script>${html}`);
  });

  it("inlines urls of inline style blocks too", () => {
    expect(rewriteCss("a { background: url('./img/bg.png') }", "index.html", files)).toBe(
      'a { background: url("data:image/png;base64,iVBORw==") }',
    );
  });
});
