import { resolveAsset, SITE_LIMITS, type Build, type BuiltFile, type Manifest } from "@wove/deploy";
import type { Bindings } from "../AppEnv.ts";

/** What `check_preview` answers the model. */
export interface PreviewCheck {
  status: number;
  /** The first 2 kB of the body. */
  body: string;
  /** console.error lines, uncaught exceptions, and references the page makes to files the build lacks. */
  errors: string[];
}

const BODY_BYTES = 2_048;
const TIMEOUT_MS = 10_000;
const COMPATIBILITY_DATE = "2026-10-20";

/**
 * Runs a build as a visitor would meet it, in the same sandbox as deploys: a Worker in the
 * Worker Loader with no bindings and no network (`globalOutbound: null`) and the sites' CPU
 * and subrequest limits; static files from the build itself. The Worker is wrapped so its
 * console errors and uncaught exceptions come back with the answer. A static page's scripts
 * do not run here (no browser on the server), so a page is checked for what it references:
 * every local `src`/`href` must be in the build.
 */
export async function checkPreview(env: Bindings, build: Build, path = "/"): Promise<PreviewCheck> {
  const url = new URL(path.startsWith("/") ? path : `/${path}`, "http://preview.wove.internal");
  const files = Object.fromEntries(build.files.map((file) => [file.urlPath, file]));
  const asset =
    build.detection.assetsDir !== undefined ? resolveAsset({ files } as unknown as Manifest, url.pathname) : null;
  if (asset?.found) return staticAnswer(files[asset.path] as BuiltFile, asset.path, files);
  if (build.worker) return runWorker(env, build.worker, url);
  return { status: 404, body: "", errors: [`Nothing in the build answers ${url.pathname}`] };
}

function staticAnswer(file: BuiltFile, urlPath: string, files: Record<string, unknown>): PreviewCheck {
  const text = new TextDecoder().decode(file.bytes);
  const errors: string[] = [];
  if (urlPath.endsWith(".html")) {
    for (const [, attribute, reference] of text.matchAll(/\b(src|href)\s*=\s*["']([^"'#?]+)[^"']*["']/gi)) {
      if (!reference || /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(reference)) continue;
      const target = new URL(reference, `http://x${urlPath}`).pathname;
      if (!(target in files) && !(`${target}.html` in files) && !(`${target.replace(/\/$/, "")}/index.html` in files))
        errors.push(`${urlPath.slice(1)}: ${attribute}="${reference}" is not in the build (a visitor gets 404)`);
    }
  }
  return { status: 200, body: text.slice(0, BODY_BYTES), errors };
}

/** Loaded before the site's module, so console errors at its top level are caught too. */
const CAPTURE = `globalThis.__woveErrors = [];
const show = (value) => value instanceof Error ? (value.stack ?? String(value)) : typeof value === "string" ? value : JSON.stringify(value);
const original = console.error.bind(console);
console.error = (...args) => { globalThis.__woveErrors.push(args.map(show).join(" ")); original(...args); };`;

const WRAPPER = `import "./capture.js";
import site from "./site.js";
export default {
  async fetch(request, env, ctx) {
    const errors = globalThis.__woveErrors;
    try {
      if (!site || typeof site.fetch !== "function") return Response.json({ status: 500, body: "", uncaught: "The Worker's default export has no fetch handler", errors: errors.splice(0) });
      const response = await site.fetch(request, env, ctx);
      const body = await response.text();
      return Response.json({ status: response.status, body: body.slice(0, ${BODY_BYTES}), errors: errors.splice(0) });
    } catch (error) {
      return Response.json({ status: 500, body: "", uncaught: String(error && error.stack ? error.stack : error), errors: errors.splice(0) });
    }
  },
};`;

async function runWorker(env: Bindings, worker: NonNullable<Build["worker"]>, url: URL): Promise<PreviewCheck> {
  const stub = env.LOADER.get(`agent-preview:${worker.hash}`, async () => ({
    compatibilityDate: COMPATIBILITY_DATE,
    mainModule: "wrapper.js",
    modules: { "wrapper.js": WRAPPER, "capture.js": CAPTURE, "site.js": new TextDecoder().decode(worker.code) },
    env: {},
    globalOutbound: null,
    limits: SITE_LIMITS,
  }));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the Worker did not answer within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
  });
  try {
    const response = await Promise.race([stub.getEntrypoint().fetch(url.toString()), deadline]);
    const answer = (await response.json()) as { status: number; body: string; uncaught?: string; errors: string[] };
    const errors = [...answer.errors, ...(answer.uncaught ? [`Uncaught: ${answer.uncaught}`] : [])];
    return { status: answer.status, body: answer.body, errors };
  } catch (error) {
    // The module failed to load (a throw at its top level) or never answered.
    return { status: 500, body: "", errors: [`Uncaught: ${error instanceof Error ? error.message : String(error)}`] };
  } finally {
    clearTimeout(timer);
  }
}
