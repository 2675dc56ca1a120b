import { describe, expect, it } from "vitest";
import { collectStaticImports, findStaticImports } from "./collectStaticImports.ts";

describe("findStaticImports", () => {
  it("finds every static import form in minified output, and no dynamic import", () => {
    const code =
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/IdePage-C.js"])))=>i.map(i=>d[i]);' +
      'import{r as e,t}from"./rolldown-runtime.js";import*as y from"./yjs.js";import x from"./x.js";' +
      'import"./side-effect.js";export{a as b}from"./re-export.js";export*from"./star.js";' +
      "const ide=()=>import(`./IdePage-C.js`),w=import('./workbox.js'),u=import.meta.url;";
    expect(findStaticImports(code)).toEqual([
      "./rolldown-runtime.js",
      "./yjs.js",
      "./x.js",
      "./side-effect.js",
      "./re-export.js",
      "./star.js",
    ]);
  });

  it("reads formatted source across lines, with default and named bindings together", () => {
    const code = `import React, {\n  useState,\n  type FC,\n} from 'react';\nimport type { A } from "./types.ts";\n`;
    expect(findStaticImports(code)).toEqual(["react", "./types.ts"]);
  });

  it("does not take identifiers that merely end in import or export for statements", () => {
    expect(findStaticImports('reimport"./a.js";obj.import"./b.js";$export"./c.js"')).toEqual([]);
  });
});

describe("collectStaticImports", () => {
  const chunks: Record<string, string> = {
    "index.js": 'import{a}from"./runtime.js";import"./vendor/react.js";const p=()=>import("./page.js");',
    "runtime.js": "export const a=1;",
    "vendor/react.js": 'import{a}from"../runtime.js";import"react";',
    "page.js": 'import{a}from"./runtime.js";import"./index.js";const m=()=>import("./monaco.js");',
    "monaco.js": "export{}",
  };
  const read = (name: string) => chunks[name];

  it("follows static imports from the entries, resolving relative paths, and stops at dynamic ones", () => {
    expect(collectStaticImports(["index.js"], read)).toEqual(["index.js", "runtime.js", "vendor/react.js"]);
  });

  it("visits each chunk once across cycles and several entries", () => {
    expect(collectStaticImports(["page.js", "index.js"], read)).toEqual([
      "page.js",
      "index.js",
      "runtime.js",
      "vendor/react.js",
    ]);
  });

  it("skips entries and specifiers that name no chunk", () => {
    expect(collectStaticImports(["missing.js", "runtime.js"], read)).toEqual(["runtime.js"]);
  });
});
