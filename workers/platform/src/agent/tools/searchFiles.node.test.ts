import { describe, expect, it } from "vitest";
import { formatMatches, searchFiles } from "./searchFiles.ts";

const files = [
  {
    path: "src/App.tsx",
    text: 'import { useState } from "react";\n\nexport default function App() {\n  const [count, setCount] = useState(0);\n  return <button onClick={() => setCount(count + 1)}>{count}</button>;\n}\n',
  },
  {
    path: "src/hooks/useToggle.ts",
    text: 'import { useState } from "react";\r\n\r\nexport const useToggle = () => useState(false);\r\n',
  },
  { path: "README.md", text: "# Counter\n\nUses React's USESTATE hook.\n" },
];

describe("searchFiles", () => {
  it("finds a literal text in every file, ignoring case, each line once, trimmed", () => {
    expect(searchFiles(files, "usestate")).toEqual({
      matches: [
        { path: "src/App.tsx", line: 1, text: 'import { useState } from "react";' },
        { path: "src/App.tsx", line: 4, text: "const [count, setCount] = useState(0);" },
        { path: "src/hooks/useToggle.ts", line: 1, text: 'import { useState } from "react";' },
        { path: "src/hooks/useToggle.ts", line: 3, text: "export const useToggle = () => useState(false);" },
        { path: "README.md", line: 3, text: "Uses React's USESTATE hook." },
      ],
      truncated: false,
    });
  });

  it("takes the query literally, not as a pattern", () => {
    expect(searchFiles(files, "setCount(count + 1)").matches).toEqual([
      { path: "src/App.tsx", line: 5, text: "return <button onClick={() => setCount(count + 1)}>{count}</button>;" },
    ]);
    expect(searchFiles(files, "use.tate").matches).toEqual([]);
    expect(searchFiles([{ path: "a.ts", text: "const re = /[a-z]+/u;\n" }], "/[a-z]+/").matches).toHaveLength(1);
  });

  it("folds case beyond ASCII", () => {
    expect(searchFiles([{ path: "de.json", text: '{ "title": "ÜBER UNS" }\n' }], "über uns").matches).toEqual([
      { path: "de.json", line: 1, text: '{ "title": "ÜBER UNS" }' },
    ]);
  });

  it("stops at the limit and says there were more", () => {
    const result = searchFiles(files, "usestate", { limit: 2 });
    expect(result).toEqual({
      matches: [
        { path: "src/App.tsx", line: 1, text: 'import { useState } from "react";' },
        { path: "src/App.tsx", line: 4, text: "const [count, setCount] = useState(0);" },
      ],
      truncated: true,
    });
    // Exactly as many matches as the limit is not truncated.
    expect(searchFiles(files, "usestate", { limit: 5 }).truncated).toBe(false);
  });

  it("cuts a long line to 200 characters around the match", () => {
    const minified = `${"a=1;".repeat(100)}function useCounter(){return 0}${"b=2;".repeat(100)}`;
    const [match] = searchFiles([{ path: "dist/app.js", text: minified }], "usecounter").matches;
    expect(match?.text).toHaveLength(200);
    // The match is at 409: the excerpt starts 40 characters before it.
    expect(minified.indexOf("useCounter")).toBe(409);
    expect(match?.text).toBe(`…${minified.slice(369, 567)}…`);
    expect(match?.text).toContain("function useCounter()");

    const early = `const title = "Counter"; ${"x".repeat(300)}`;
    expect(searchFiles([{ path: "a.ts", text: early }], "title").matches[0]?.text).toBe(`${early.slice(0, 199)}…`);

    const late = `${"x".repeat(300)} const title = "Counter";`;
    expect(searchFiles([{ path: "a.ts", text: late }], "title").matches[0]?.text).toBe(`…${late.slice(-199)}`);
  });

  it("matches nothing for an empty query", () => {
    expect(searchFiles(files, "")).toEqual({ matches: [], truncated: false });
  });
});

describe("formatMatches", () => {
  it("writes one path:line: text line per match", () => {
    expect(formatMatches(searchFiles(files, "useToggle"))).toBe(
      "src/hooks/useToggle.ts:3: export const useToggle = () => useState(false);",
    );
    expect(formatMatches(searchFiles(files, "count +"))).toBe(
      "src/App.tsx:5: return <button onClick={() => setCount(count + 1)}>{count}</button>;",
    );
  });

  it("says when there is nothing, and when some matches are not shown", () => {
    expect(formatMatches(searchFiles(files, "useEffect"))).toBe("No matches.");
    expect(formatMatches(searchFiles(files, "usestate", { limit: 2 }))).toBe(
      'src/App.tsx:1: import { useState } from "react";\n' +
        "src/App.tsx:4: const [count, setCount] = useState(0);\n" +
        "(only the first 2 matches are shown: search for something more specific)",
    );
  });
});
