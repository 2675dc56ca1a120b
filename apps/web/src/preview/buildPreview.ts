import { ProjectKind } from "@wove/protocol";
import { bundleEntry, type BuildProblem } from "./bundleEntry.ts";
import type { DetectedKind } from "./detectProjectKind.ts";
import { loadEsbuild } from "./loadEsbuild.ts";
import { pageForPath } from "./pageForPath.ts";
import { newNonce } from "./previewMessages.ts";
import { resolvePreviewPackages, type PackageCaches } from "./previewPackages.ts";
import { preludeScript, workerDocument } from "./previewRuntime.ts";
import { moduleEntriesOf, rewritePage, type EntryBundle } from "./rewritePage.ts";
import { namedScript, type PreviewFiles } from "./toDataUrl.ts";

/** One build's outcome: a document for a fresh frame (with its nonce), or problems. */
export type PreviewBuild =
  | {
      ok: true;
      nonce: string;
      document: string;
      /** The page shown (a project path), or null for a Worker's answer. */
      page: string | null;
      /** For a Worker: the path its fetch is called with, sent once the frame is ready. */
      request: string | null;
      ms: number;
    }
  | { ok: false; problems: BuildProblem[]; ms: number };

const NOT_FOUND = (address: string) =>
  `<!doctype html><meta charset="utf-8"><title>Not found</title><body style="font:14px system-ui;margin:24px">` +
  `<h1>404</h1><p>No page of this project answers <code>${address.replace(/[<&"]/g, (c) => `&#${c.charCodeAt(0)};`)}</code>.</p></body>`;

/**
 * Builds what the preview shows at `address`: a static page (from the served root, with
 * its module entries bundled), or, for a Worker or a full stack address no page answers,
 * the bundled Worker in its runtime. A static site's missing page is its own `404.html`
 * when it has one.
 */
export async function buildPreview({
  files,
  detected,
  address,
  projectId,
  packageCaches,
}: {
  files: PreviewFiles;
  detected: DetectedKind;
  address: string;
  projectId: string;
  packageCaches: PackageCaches;
}): Promise<PreviewBuild> {
  const started = performance.now();
  const esbuild = await loadEsbuild();
  const nonce = newNonce();
  const ms = () => Math.round(performance.now() - started);
  const exists = (path: string) => files.has(path);
  const resolved = await resolvePreviewPackages(files, projectId, packageCaches);
  if (!resolved.ok)
    return {
      ok: false,
      problems: [{ text: resolved.error, file: "package.json", line: null, column: null }],
      ms: ms(),
    };
  const { packages } = resolved;
  const bundle = (entry: string) => bundleEntry(esbuild.build, { entry, files, packages });

  const root = detected.assetsDir;
  let page = root === null ? null : pageForPath(address, root, exists);
  if (!page && detected.kind === ProjectKind.Static) page = pageForPath("/404.html", root ?? "", exists);
  if (page) {
    const file = files.get(page);
    const html = file && "text" in file ? file.text : "";
    const bundles = new Map<string, EntryBundle>();
    const problems: BuildProblem[] = [];
    for (const entry of moduleEntriesOf(html, page, files, root ?? "")) {
      const result = await bundle(entry);
      if (result.ok) bundles.set(entry, result);
      else problems.push(...result.problems);
    }
    if (problems.length) return { ok: false, problems, ms: ms() };
    const document = rewritePage({
      html,
      pagePath: page,
      root: root ?? "",
      files,
      bundles,
      prelude: preludeScript(nonce),
    });
    return { ok: true, nonce, document, page, request: null, ms: ms() };
  }
  if (detected.kind === ProjectKind.Static || !detected.entry) {
    return { ok: true, nonce, document: NOT_FOUND(address), page: null, request: null, ms: ms() };
  }
  if (!files.has(detected.entry)) {
    const problem = {
      text: `The Worker's entry ${detected.entry} is not in the project`,
      file: null,
      line: null,
      column: null,
    };
    return { ok: false, problems: [problem], ms: ms() };
  }
  const worker = await bundle(detected.entry);
  if (!worker.ok) return { ok: false, problems: worker.problems, ms: ms() };
  return {
    ok: true,
    nonce,
    document: workerDocument(nonce, namedScript(worker.js, detected.entry)),
    page: null,
    request: address,
    ms: ms(),
  };
}
