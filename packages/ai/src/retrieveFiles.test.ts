import { describe, expect, it } from "vitest";
import type { ProjectFile } from "./ProjectFile.ts";
import { retrieveFiles } from "./retrieveFiles.ts";

const files: ProjectFile[] = [
  { path: "README.md", text: "# Demo\n\nA small app that shows a list of todos and lets you edit them." },
  {
    path: "src/util/strings.ts",
    text: "export function trimToken(s: string) {\n  return s.trim();\n}\nexport const EMPTY = '';\n",
  },
  {
    path: "src/auth/parseToken.ts",
    text:
      "import { decode } from './base64.ts';\n\n" +
      "export function parseToken(raw: string): Token | undefined {\n" +
      "  const [header, payload] = raw.split('.');\n" +
      "  const claims = JSON.parse(decode(payload));\n" +
      "  if (claims.exp < Date.now() / 1000) return undefined; // expired\n" +
      "  return { header, claims };\n}\n",
  },
  { path: "src/app.tsx", text: "export function App() {\n  return <TodoList />;\n}\n" },
];

describe("retrieveFiles", () => {
  it("ranks the file defining the identifiers of the question first", () => {
    const ranked = retrieveFiles({
      query: "Why does parseToken return undefined for expired claims?",
      files,
      budgetTokens: 10_000,
    });
    expect(ranked.map((r) => r.file.path)).toEqual(["src/auth/parseToken.ts", "src/util/strings.ts"]);
    expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score);
  });

  it("finds code from plain words through identifier parts and the path", () => {
    const ranked = retrieveFiles({ query: "where is the todo list rendered in the app", files, budgetTokens: 10_000 });
    expect(ranked[0]?.file.path).toBe("src/app.tsx");
  });

  it("skips a file too big for the budget and keeps smaller relevant ones", () => {
    const big = { path: "src/auth/tokenStore.ts", text: "const token = parseToken(x);\n".repeat(2_000) };
    const unlimited = retrieveFiles({ query: "parseToken", files: [...files, big], budgetTokens: 1e9 });
    expect(unlimited.map((r) => r.file.path)).toContain(big.path);
    const ranked = retrieveFiles({ query: "parseToken", files: [...files, big], budgetTokens: 300 });
    expect(ranked.map((r) => r.file.path)).not.toContain(big.path);
    expect(ranked[0]?.file.path).toBe("src/auth/parseToken.ts");
    expect(ranked.reduce((sum, r) => sum + r.tokens, 0)).toBeLessThanOrEqual(300);
  });

  it("returns nothing for a query without search terms", () => {
    expect(retrieveFiles({ query: "why is it so?", files, budgetTokens: 10_000 })).toEqual([]);
  });
});
