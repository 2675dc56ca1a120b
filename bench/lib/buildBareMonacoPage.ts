import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("../..", import.meta.url));

const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>Bare Monaco</title>
    <link rel="stylesheet" href="/page.css" />
    <script type="module" src="/page.js"></script>
  </head>
  <body style="margin: 0">
    <header style="height: 40px; font: 14px system-ui; padding: 10px">Bare Monaco</header>
    <div id="editor" data-testid="code-editor" style="width: 100vw; height: calc(100vh - 40px)"></div>
  </body>
</html>
`;

/**
 * Builds the web benchmark's reference page (bench/fixtures/bareMonacoPage.ts) into a
 * new temporary folder with esbuild: minified ES modules split into chunks as Vite splits
 * ours (Monaco's lazy language modes load on demand), Monaco's CSS in page.css, its
 * codicon font as a file, and the two workers a .ts or plain-text file uses. Answers the
 * folder; the caller removes it.
 */
export async function buildBareMonacoPage(): Promise<string> {
  const outdir = mkdtempSync(join(tmpdir(), "wove-bare-monaco-"));
  await build({
    absWorkingDir: root,
    entryPoints: {
      page: join(root, "bench/fixtures/bareMonacoPage.ts"),
      "editor.worker": "monaco-editor/editor/editor.worker",
      // The IDE's own TypeScript worker (Monaco's, plus JSX classifications).
      "ts.worker": join(root, "apps/web/src/editor/typescript.worker.ts"),
    },
    bundle: true,
    splitting: true,
    format: "esm",
    minify: true,
    target: "es2022",
    outdir,
    chunkNames: "chunks/[name]-[hash]",
    loader: { ".ttf": "file" },
    logLevel: "warning",
  });
  writeFileSync(join(outdir, "index.html"), INDEX_HTML);
  return outdir;
}
