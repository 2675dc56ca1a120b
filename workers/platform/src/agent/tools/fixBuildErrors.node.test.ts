import { describe, expect, it } from "vitest";
import { applyEdits } from "./applyEdits.ts";
import type { BuildFix } from "./BuildFix.ts";
import { fixBuildErrors } from "./fixBuildErrors.ts";

// Error lines as packages/deploy/src/bundleModule.ts formats esbuild's messages, taken from
// esbuild 0.28 runs: esbuild's own resolver says "Could not resolve", the deploy bundler's
// plugin "Cannot find ... in the project", the preview's "Could not find ... (looked for ...)".

/** The files after the fixes, applied in order as the agent will, each under applyEdits's rules. */
function applyFixes(files: Map<string, string>, fixes: BuildFix[]): Map<string, string> {
  const result = new Map(files);
  for (const fix of fixes) {
    const applied = applyEdits(result.get(fix.path) ?? "", fix.edits);
    if (!applied.ok) throw new Error(applied.error);
    result.set(fix.path, applied.text);
  }
  return result;
}

const project = (files: Record<string, string>) => new Map(Object.entries(files));

const main = `import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import App from "./App.js";
import "./index.css";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
`;
const app = `export default function App() {
  return <h1>Counter</h1>;
}
`;

describe("fixBuildErrors: an import that names a file wrongly", () => {
  it("writes the real extension for a .js import of a .tsx file", () => {
    const files = project({ "src/main.tsx": main, "src/App.tsx": app, "src/index.css": "" });
    const error = 'src/main.tsx:3:17: Cannot find "./App.js" in the project\n    import App from "./App.js";';
    const result = fixBuildErrors([error], files);
    expect(result).toEqual({
      fixes: [
        {
          path: "src/main.tsx",
          edits: [{ find: "./App.js", replace: "./App.tsx" }],
          reason: 'src/main.tsx imports "./App.js", which is not a file; src/App.tsx is: it now imports "./App.tsx"',
        },
      ],
      unfixed: [],
    });
    expect(applyFixes(files, result.fixes).get("src/main.tsx")).toBe(main.replace("./App.js", "./App.tsx"));
  });

  it("corrects the case of a name, keeping an import without extension without one", () => {
    const files = project({
      "src/App.tsx": 'import Header from "./header";\n\nexport default function App() {\n  return <Header />;\n}\n',
      "src/Header.tsx": "export default function Header() {\n  return <h1>Counter</h1>;\n}\n",
    });
    const error = 'src/App.tsx:1:20: Could not resolve "./header"\n    import Header from "./header";';
    const result = fixBuildErrors([error], files);
    expect(result.fixes).toEqual([
      {
        path: "src/App.tsx",
        edits: [{ find: "./header", replace: "./Header" }],
        reason: 'src/App.tsx imports "./header", which is not a file; src/Header.tsx is: it now imports "./Header"',
      },
    ]);
    expect(result.unfixed).toEqual([]);
  });

  it("corrects a wrong extension through ../, as the preview reports it", () => {
    const home = 'import Button from "../components/Button.jsx";\n\nexport const Home = () => <Button />;\n';
    const files = project({
      "src/pages/Home.tsx": home,
      "src/components/Button.tsx": "export default function Button() {\n  return <button />;\n}\n",
    });
    const error =
      'src/pages/Home.tsx:1:20: Could not find "../components/Button.jsx" (looked for src/components/Button.jsx in the project)\n' +
      '    import Button from "../components/Button.jsx";';
    const result = fixBuildErrors([error], files);
    expect(applyFixes(files, result.fixes).get("src/pages/Home.tsx")).toBe(
      home.replace("../components/Button.jsx", "../components/Button.tsx"),
    );
  });

  it("grows the find to the import's line when the specifier also appears elsewhere", () => {
    const text = 'import App from "./App.js";\n// App.js used to be "./App.js", before the move to TypeScript.\n';
    const files = project({ "src/main.tsx": text, "src/App.tsx": app });
    const error = 'src/main.tsx:1:17: Cannot find "./App.js" in the project\n    import App from "./App.js";';
    expect(fixBuildErrors([error], files).fixes[0]?.edits).toEqual([
      { find: 'import App from "./App.js";', replace: 'import App from "./App.tsx";' },
    ]);
  });

  it("finds the import by its text when the file changed since the build", () => {
    const text = `// a line added since\n${main}`;
    const files = project({ "src/main.tsx": text, "src/App.tsx": app });
    const error = 'src/main.tsx:3:17: Cannot find "./App.js" in the project\n    import App from "./App.js";';
    expect(fixBuildErrors([error], files).fixes[0]?.edits).toEqual([{ find: "./App.js", replace: "./App.tsx" }]);
  });

  it("leaves a file in another folder alone: which one was meant is a guess", () => {
    const files = project({
      "src/App.tsx": 'import Button from "./components/Button";\n',
      "src/Button.tsx": "export default function Button() {}\n",
    });
    const error =
      'src/App.tsx:1:20: Could not resolve "./components/Button"\n    import Button from "./components/Button";';
    expect(fixBuildErrors([error], files)).toEqual({ fixes: [], unfixed: [error] });
  });

  it("leaves an import alone when two files could be the one meant", () => {
    const files = project({
      "src/App.tsx": 'import { theme } from "./theme.js";\n',
      "src/theme.ts": "export const theme = {};\n",
      "src/theme.tsx": "export const theme = {};\n",
    });
    const error = 'src/App.tsx:1:23: Cannot find "./theme.js" in the project\n    import { theme } from "./theme.js";';
    expect(fixBuildErrors([error], files)).toEqual({ fixes: [], unfixed: [error] });
  });

  it("leaves an import alone that the bundler resolves itself (./App for App.tsx): the error is about something else", () => {
    const files = project({ "src/main.tsx": 'import App from "./App";\n', "src/App.tsx": app });
    const error = 'src/main.tsx:1:17: Could not resolve "./App"\n    import App from "./App";';
    expect(fixBuildErrors([error], files)).toEqual({ fixes: [], unfixed: [error] });
    // ./data is data.json to the bundlers, however like Data.tsx it looks.
    const data = project({
      "src/main.tsx": 'import data from "./data";\n',
      "src/data.json": "{}",
      "src/Data.tsx": app,
    });
    const dataError = 'src/main.tsx:1:18: Could not resolve "./data"\n    import data from "./data";';
    expect(fixBuildErrors([dataError], data)).toEqual({ fixes: [], unfixed: [dataError] });
  });

  it("leaves packages to the model", () => {
    const files = project({ "src/main.tsx": 'import { BrowserRouter } from "react-router-dom";\n' });
    const error =
      'src/main.tsx:1:31: Cannot import "react-router-dom": add it to package.json\'s dependencies\n' +
      '    import { BrowserRouter } from "react-router-dom";';
    const unresolved =
      'src/main.tsx:1:31: Could not resolve "react-router-dom"\n    import { BrowserRouter } from "react-router-dom";';
    expect(fixBuildErrors([error, unresolved], files)).toEqual({ fixes: [], unfixed: [error, unresolved] });
  });
});

describe("fixBuildErrors: a default import of a module with one named export", () => {
  const cardModule = "export function Card({ title }) {\n  return <section>{title}</section>;\n}\n";

  it("imports the one export by name", () => {
    const text = 'import Card from "./Card";\n\nexport const App = () => <Card title="Hi" />;\n';
    const files = project({ "src/App.jsx": text, "src/Card.tsx": cardModule });
    const error =
      'src/App.jsx:1:8: No matching export in "project:src/Card.tsx" for import "default"\n    import Card from "./Card";';
    const result = fixBuildErrors([error], files);
    expect(result).toEqual({
      fixes: [
        {
          path: "src/App.jsx",
          edits: [{ find: 'import Card from "./Card";', replace: 'import { Card } from "./Card";' }],
          reason: "src/Card.tsx has no default export, and its one export is Card: src/App.jsx now imports it by name",
        },
      ],
      unfixed: [],
    });
  });

  it("keeps the local name when the export's differs, and ignores type exports", () => {
    const util =
      "type DateStyle = 'short' | 'long';\nexport interface Options {}\nexport const formatDate = (date) => date.toISOString();\n" +
      "export { DateStyle };\nexport type { Options as FormatOptions };\n";
    const text = 'import format from "./util.ts";\nconsole.log(format(new Date()));\n';
    const files = project({ "src/main.js": text, "src/util.ts": util });
    const error =
      'src/main.js:1:8: No matching export in "src/util.ts" for import "default"\n    import format from "./util.ts";';
    const result = fixBuildErrors([error], files);
    expect(applyFixes(files, result.fixes).get("src/main.js")).toBe(
      'import { formatDate as format } from "./util.ts";\nconsole.log(format(new Date()));\n',
    );
  });

  it("moves the default into an existing list of named imports", () => {
    const plain = "const version = 2;\nfunction z() {}\nexport { z };\n";
    const text = 'import Plain, { helper } from "./plain";\n';
    const files = project({ "src/main.jsx": text, "src/plain.js": `${plain}export { helper } from "./helper";\n` });
    const error =
      'src/main.jsx:1:8: No matching export in "src/plain.js" for import "default"\n    import Plain, { helper } from "./plain";';
    // Two exports (z, and helper re-exported): no unique one.
    expect(fixBuildErrors([error], files)).toEqual({ fixes: [], unfixed: [error] });
    const single = project({ "src/main.jsx": text, "src/plain.js": plain });
    expect(applyFixes(single, fixBuildErrors([error], single).fixes).get("src/main.jsx")).toBe(
      'import { z as Plain, helper } from "./plain";\n',
    );
  });

  it("leaves modules whose exports it cannot tell, or that have several, to the model", () => {
    const text = 'import Api from "./api";\n';
    const error =
      'src/main.js:1:8: No matching export in "src/api.js" for import "default"\n    import Api from "./api";';
    for (const api of [
      "export const get = () => 1;\nexport const post = () => 2;\n",
      'export * from "./client";\n',
      "module.exports = { get() {} };\n",
      "export const { get, post } = makeClient();\n",
    ]) {
      expect(fixBuildErrors([error], project({ "src/main.js": text, "src/api.js": api }))).toEqual({
        fixes: [],
        unfixed: [error],
      });
    }
  });

  it("leaves a missing named import to the model", () => {
    const files = project({
      "src/main.jsx": 'import {\n  nope,\n} from "./plain";\n',
      "src/plain.js": "export const y = 1;\n",
    });
    const error = 'src/main.jsx:2:3: No matching export in "src/plain.js" for import "nope"\n      nope,';
    expect(fixBuildErrors([error], files)).toEqual({ fixes: [], unfixed: [error] });
  });
});

describe("fixBuildErrors: a React name used without its import", () => {
  const counter = `import "./Counter.css";

export function Counter() {
  const [count, setCount] = useState(0);
  return <button onClick={() => setCount(count + 1)}>{count}</button>;
}
`;

  it("adds the import to the file the stack names, before its first import", () => {
    const files = project({ "src/Counter.tsx": counter });
    const error = "ReferenceError: useState is not defined\n    at Counter (src/Counter.tsx:4:29)";
    const result = fixBuildErrors([error], files);
    expect(result).toEqual({
      fixes: [
        {
          path: "src/Counter.tsx",
          edits: [
            { find: 'import "./Counter.css";', replace: 'import { useState } from "react";\nimport "./Counter.css";' },
          ],
          reason: 'src/Counter.tsx uses useState without importing it: it now imports it from "react"',
        },
      ],
      unfixed: [],
    });
  });

  it("merges into the file's import from react", () => {
    const text =
      'import { useEffect } from "react";\n\nexport function Title() {\n  const [title] = useState("Home");\n  useEffect(() => {\n    document.title = title;\n  }, [title]);\n  return null;\n}\n';
    const files = project({ "src/Title.tsx": text });
    const result = fixBuildErrors(["ReferenceError: useState is not defined"], files);
    expect(result.fixes[0]?.edits).toEqual([
      { find: 'import { useEffect } from "react";', replace: 'import { useState, useEffect } from "react";' },
    ]);
  });

  it("merges into a list written one name a line", () => {
    const text =
      'import {\n  useEffect,\n  useRef,\n} from "react";\n\nexport function Box() {\n  const ref = useRef(null);\n  const [size, setSize] = useState(0);\n  useEffect(() => setSize(ref.current.offsetWidth), []);\n  return <div ref={ref}>{size}</div>;\n}\n';
    const files = project({ "src/Box.tsx": text });
    const result = fixBuildErrors(["ReferenceError: useState is not defined\n    at Box (src/Box.tsx:8:27)"], files);
    expect(applyFixes(files, result.fixes).get("src/Box.tsx")).toBe(
      text.replace("import {\n  useEffect,", "import {\n  useState,\n  useEffect,"),
    );
  });

  it("adds named imports beside a default React import, and React beside named ones", () => {
    const withDefault = project({
      "src/App.jsx":
        'import React from "react";\n\nexport default function App() {\n  const [on, setOn] = useState(false);\n  return <input type="checkbox" checked={on} onChange={() => setOn(!on)} />;\n}\n',
    });
    expect(fixBuildErrors(["ReferenceError: useState is not defined"], withDefault).fixes[0]?.edits).toEqual([
      { find: 'import React from "react";', replace: 'import React, { useState } from "react";' },
    ]);
    const withNamed = project({
      "src/App.jsx":
        'import { useState } from "react";\n\nexport default function App() {\n  const [on] = useState(false);\n  return React.createElement("p", null, String(on));\n}\n',
    });
    expect(fixBuildErrors(["ReferenceError: React is not defined"], withNamed).fixes[0]?.edits).toEqual([
      { find: 'import { useState } from "react";', replace: 'import React, { useState } from "react";' },
    ]);
  });

  it("brings along the other hooks the file uses without an import, so one rebuild fixes them all", () => {
    const text =
      'import { Header } from "./Header";\n\nexport function App() {\n  const [items, setItems] = useState([]);\n  const total = useMemo(() => items.length, [items]);\n  useEffect(() => {\n    fetch("/api/items").then((r) => r.json()).then(setItems);\n  }, []);\n  return <Header count={total} />;\n}\n';
    const files = project({ "src/App.tsx": text });
    const errors = [
      "ReferenceError: useState is not defined\n    at App (src/App.tsx:4:31)",
      "ReferenceError: useEffect is not defined\n    at App (src/App.tsx:6:3)",
    ];
    const result = fixBuildErrors(errors, files);
    expect(result).toEqual({
      fixes: [
        {
          path: "src/App.tsx",
          edits: [
            {
              find: 'import { Header } from "./Header";',
              replace: 'import { useState, useEffect, useMemo } from "react";\nimport { Header } from "./Header";',
            },
          ],
          reason:
            'src/App.tsx uses useState without importing it: it now imports it from "react" (and useEffect, useMemo, also used there without an import)',
        },
      ],
      // The second error is the same fix's: reporting it to the model would have it redo the work.
      unfixed: [],
    });
  });

  it("imports createRoot from react-dom/client in the one file that uses it", () => {
    const text =
      'import { StrictMode } from "react";\nimport App from "./App.tsx";\n\ncreateRoot(document.getElementById("root")!).render(\n  <StrictMode>\n    <App />\n  </StrictMode>,\n);\n';
    const files = project({ "src/main.tsx": text, "src/App.tsx": app });
    const result = fixBuildErrors(["Uncaught ReferenceError: createRoot is not defined"], files);
    expect(applyFixes(files, result.fixes).get("src/main.tsx")).toBe(
      `import { createRoot } from "react-dom/client";\n${text}`,
    );
  });

  it("writes a new import in the file's quotes and semicolons, after its directives, with its line endings", () => {
    const quotes = project({
      "src/List.jsx":
        "import Item from './Item'\n\nexport const List = () => {\n  const [items] = useState([])\n  return items.map((i) => <Item key={i} />)\n}\n",
    });
    expect(fixBuildErrors(["ReferenceError: useState is not defined"], quotes).fixes[0]?.edits).toEqual([
      { find: "import Item from './Item'", replace: "import { useState } from 'react'\nimport Item from './Item'" },
    ]);
    const directive = project({
      "src/Toggle.tsx":
        '"use client";\n\nexport function Toggle() {\n  const [on, setOn] = useState(false);\n  return <button onClick={() => setOn(!on)}>{String(on)}</button>;\n}\n',
    });
    expect(
      applyFixes(directive, fixBuildErrors(["ReferenceError: useState is not defined"], directive).fixes).get(
        "src/Toggle.tsx",
      ),
    ).toBe(
      '"use client";\nimport { useState } from "react";\n\nexport function Toggle() {\n  const [on, setOn] = useState(false);\n  return <button onClick={() => setOn(!on)}>{String(on)}</button>;\n}\n',
    );
    const crlf = project({
      "src/Note.tsx":
        'import { Icon } from "./Icon";\r\n\r\nexport const Note = () => {\r\n  const id = useId();\r\n  return <Icon id={id} />;\r\n};\r\n',
    });
    expect(fixBuildErrors(["ReferenceError: Can't find variable: useId"], crlf).fixes[0]?.edits).toEqual([
      {
        find: 'import { Icon } from "./Icon";',
        replace: 'import { useId } from "react";\r\nimport { Icon } from "./Icon";',
      },
    ]);
  });

  it("looks past comments and strings for uses, and fixes only when one file lacks the import", () => {
    const files = project({
      "src/Counter.tsx": counter,
      "src/notes.ts": '// Counter keeps its count with useState.\nexport const hint = "call useState() at the top";\n',
      "src/Timer.tsx":
        'import { useState } from "react";\n\nexport function Timer() {\n  const [t] = useState(0);\n  return t;\n}\n',
    });
    const error = "ReferenceError: useState is not defined";
    expect(fixBuildErrors([error], files).fixes.map((fix) => fix.path)).toEqual(["src/Counter.tsx"]);
    const two = project({ "src/Counter.tsx": counter, "src/Other.tsx": counter.replace("Counter", "Other") });
    expect(fixBuildErrors([error], two)).toEqual({ fixes: [], unfixed: [error] });
  });

  it("leaves the error to the model when the named file already imports the name", () => {
    const files = project({
      "src/Timer.tsx":
        'import { useState } from "react";\n\nexport function Timer() {\n  const [t] = useState(0);\n  return t;\n}\n',
      "src/Counter.tsx": counter,
    });
    const error = "ReferenceError: useState is not defined\n    at Timer (src/Timer.tsx:4:15)";
    expect(fixBuildErrors([error], files)).toEqual({ fixes: [], unfixed: [error] });
  });

  it("leaves names that are not React's to the model", () => {
    const files = project({ "src/App.tsx": "export const App = () => formatDate(new Date());\n" });
    const errors = [
      "ReferenceError: formatDate is not defined\n    at App (src/App.tsx:1:26)",
      "TypeError: items.map is not a function",
    ];
    expect(fixBuildErrors(errors, files)).toEqual({ fixes: [], unfixed: errors });
  });
});

describe("fixBuildErrors", () => {
  it("fixes several errors in order, each against the file as the ones before left it, and reports each error once", () => {
    const appText =
      'import Header from "./header";\n\nexport default function App() {\n  const [n, setN] = useState(0);\n  return <Header n={n} onClick={() => setN(n + 1)} />;\n}\n';
    const files = project({
      "src/main.tsx": main,
      "src/App.tsx": appText,
      "src/Header.tsx": "export default function Header() {\n  return <h1>Counter</h1>;\n}\n",
      "src/index.css": "",
    });
    const missingCss = 'src/main.tsx:4:8: Cannot find "./index.css" in the project\n    import "./index.css";';
    const errors = [
      'src/main.tsx:3:17: Cannot find "./App.js" in the project\n    import App from "./App.js";',
      'src/App.tsx:1:20: Cannot find "./header" in the project\n    import Header from "./header";',
      "ReferenceError: useState is not defined\n    at App (src/App.tsx:4:20)",
      "ReferenceError: useState is not defined\n    at App (src/App.tsx:4:20)",
      missingCss,
    ];
    const result = fixBuildErrors(errors, files);
    expect(result.fixes.map((fix) => fix.path)).toEqual(["src/main.tsx", "src/App.tsx", "src/App.tsx"]);
    // index.css exists, so that error is not a naming mistake this can fix.
    expect(result.unfixed).toEqual([missingCss]);
    const fixed = applyFixes(files, result.fixes);
    expect(fixed.get("src/App.tsx")).toBe(
      'import { useState } from "react";\nimport Header from "./Header";\n\nexport default function App() {\n  const [n, setN] = useState(0);\n  return <Header n={n} onClick={() => setN(n + 1)} />;\n}\n',
    );
    expect(fixed.get("src/main.tsx")).toBe(main.replace("./App.js", "./App.tsx"));
    // The caller's files are not changed.
    expect(files.get("src/App.tsx")).toBe(appText);
  });

  it("returns an error it cannot read as unfixed, once however often it came", () => {
    const error = "TypeError: Cannot read properties of undefined (reading 'map')\n    at List (src/List.tsx:3:16)";
    expect(fixBuildErrors(["The bundler wrote nothing", error, error], new Map())).toEqual({
      fixes: [],
      unfixed: ["The bundler wrote nothing", error],
    });
  });
});
