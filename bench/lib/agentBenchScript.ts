import type { Behaviour, FakeToolCall } from "../../packages/ai/src/test/startFakeServer.ts";

/** How many cards the project has: with the seven other files, 30 files. */
const CARDS = 23;
const cardPath = (card: number) => `src/components/Card${String(card).padStart(2, "0")}.tsx`;
const cardName = (card: number) => `Card${String(card).padStart(2, "0")}`;

/**
 * The agent benchmark's project: a small React app of 30 files (package.json asking for
 * react and react-dom, a page, a stylesheet, an entry, an App rendering 23 card components,
 * and two helper modules), each card's text carrying a revision the scripted runs move on.
 */
export function reactProjectFiles(): Record<string, string> {
  const files: Record<string, string> = {
    "package.json": JSON.stringify(
      { name: "bench-app", private: true, dependencies: { react: "^19.0.0", "react-dom": "^19.0.0" } },
      null,
      2,
    ),
    "index.html":
      '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Bench app</title>\n' +
      '<link rel="stylesheet" href="/styles.css">\n</head>\n<body>\n<div id="root"></div>\n' +
      '<script type="module" src="/src/main.tsx"></script>\n</body>\n</html>\n',
    "styles.css":
      "body { font-family: system-ui, sans-serif; margin: 2rem; }\n.card { border: 1px solid #ccc; padding: 1rem; }\n",
    "src/main.tsx":
      'import { StrictMode } from "react";\nimport { createRoot } from "react-dom/client";\nimport { App } from "./App";\n\n' +
      'createRoot(document.getElementById("root")!).render(\n  <StrictMode>\n    <App />\n  </StrictMode>,\n);\n',
    "src/App.tsx": appModule(),
    "src/data.ts": dataModule(0, 0),
    "src/format.ts": formatModule(0, 0),
  };
  for (let card = 1; card <= CARDS; card++) files[cardPath(card)] = cardModule(card);
  return files;
}

function appModule(): string {
  const cards = Array.from({ length: CARDS }, (_, i) => cardName(i + 1));
  return (
    'import { useState } from "react";\nimport { items } from "./data";\nimport { format } from "./format";\n' +
    cards.map((name) => `import { ${name} } from "./components/${name}";\n`).join("") +
    "\nexport function App() {\n  const [count, setCount] = useState(0);\n  return (\n    <main>\n" +
    "      <h1>{format(items.length)} items</h1>\n" +
    "      <button onClick={() => setCount(count + 1)}>clicked {count} times</button>\n" +
    cards.map((name) => `      <${name} />\n`).join("") +
    "    </main>\n  );\n}\n"
  );
}

function cardModule(card: number): string {
  return (
    'import { useMemo } from "react";\n\n' +
    `const label = "card ${card}, revision 0";\n\n` +
    `export function ${cardName(card)}() {\n` +
    '  const words = useMemo(() => label.split(" ").length, []);\n' +
    '  return (\n    <section className="card">\n' +
    `      <h2>Card ${card}</h2>\n      <p>{label} ({words} words)</p>\n    </section>\n  );\n}\n`
  );
}

function dataModule(run: number, turn: number): string {
  const items = Array.from({ length: 12 }, (_, i) => `  { id: ${i + 1}, name: "item ${i + 1}", run: ${run} },\n`);
  return `// Written by run ${run} in turn ${turn}.\nexport const items = [\n${items.join("")}];\n`;
}

function formatModule(run: number, turn: number): string {
  return (
    `// Written by run ${run} in turn ${turn}.\n` +
    'export function format(value: number): string {\n  return new Intl.NumberFormat("en").format(value);\n}\n'
  );
}

/** The model turns of a scripted run, by index: its answer n is followed by request n + 1. */
export const SCRIPT = {
  turns: 20,
  /** Answers whose tools are the ordinary ones (set_plan, then read/edit/write/search). */
  ordinary: Array.from({ length: 17 }, (_, n) => n),
  /** The answer that calls run_build, and the one that calls check_preview. */
  build: 17,
  preview: 18,
} as const;

/**
 * A 20-turn run as the Anthropic fake answers it: turn 0 plans (set_plan), turns 1–16 cycle
 * through read_file, edit_file, write_file and search (one call each), turn 17 calls
 * run_build, 18 check_preview, and 19 finish (which then builds nothing more: the build and
 * preview just passed). `run` is the how-manieth run on the project: each run moves four
 * cards from revision `run` to `run + 1`, so every edit's find matches exactly once.
 */
export function scriptedRun(run: number, call: (name: string, args: unknown) => FakeToolCall): Behaviour[] {
  const answer = (text: string, ...toolCalls: FakeToolCall[]): Behaviour => ({
    kind: "answer",
    chunks: [text],
    toolCalls,
  });
  const cards = Array.from({ length: CARDS }, (_, i) => cardPath(i + 1));
  const turns: Behaviour[] = [
    answer(
      "Planning.",
      call("set_plan", {
        title: `Revise the cards (run ${run})`,
        steps: [
          { title: "Revise the cards", files: cards },
          { title: "Check the build", files: [] },
        ],
      }),
    ),
  ];
  for (let k = 0; k < 16; k++) {
    const card = cardPath(k + 1);
    const kind = k % 4;
    turns.push(
      kind === 0
        ? answer("Reading a card.", call("read_file", { path: card }))
        : kind === 1
          ? answer(
              "Editing a card.",
              call("edit_file", { path: card, edits: [{ find: `revision ${run}"`, replace: `revision ${run + 1}"` }] }),
            )
          : kind === 2
            ? k % 8 === 2
              ? answer(
                  "Writing the data.",
                  call("write_file", { path: "src/data.ts", content: dataModule(run, k + 1) }),
                )
              : answer(
                  "Writing a helper.",
                  call("write_file", { path: "src/format.ts", content: formatModule(run, k + 1) }),
                )
            : answer("Searching.", call("search", { query: `revision ${run + 1}` })),
    );
  }
  turns.push(answer("Building.", call("run_build", {})));
  turns.push(answer("Checking the preview.", call("check_preview", {})));
  turns.push(answer("Done.", call("finish", { summary: `Revised four cards (run ${run})` })));
  return turns;
}
