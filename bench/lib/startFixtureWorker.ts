import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { convertV4MiniflareOptions, Miniflare } from "miniflare";

const root = fileURLToPath(new URL("../..", import.meta.url));

export interface FixtureWorkerOptions {
  /** The Worker's entry under bench/fixtures/, bundled with what it imports. */
  entry: string;
  durableObjects?: Record<string, { className: string; useSQLite: boolean }>;
  /** Workflows by binding name: the Workflow's name and the class the entry exports. */
  workflows?: Record<string, { name: string; className: string }>;
  bindings?: Record<string, string | boolean>;
}

export interface FixtureWorker {
  /** Where it listens, on loopback. */
  url: URL;
  stop(): Promise<void>;
}

/**
 * A benchmark's floor Worker (bench/fixtures/) in workerd: bundled by esbuild, started by
 * miniflare on a loopback port and reached directly, as the benchmarks reach the platform's
 * Worker. It runs on the workerd our platform runs on, with our Worker's compatibility date;
 * Durable Objects (and Workflows' state) are kept on disk in a temporary folder that
 * `stop()` removes.
 */
export async function startFixtureWorker(options: FixtureWorkerOptions): Promise<FixtureWorker> {
  // Options in the shape miniflare documents; converted as wrangler converts its own.
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      host: "127.0.0.1",
      port: 0,
      modules: true,
      script: await bundle(options.entry),
      compatibilityDate: readCompatibilityDate(),
      ...(options.durableObjects ? { durableObjects: options.durableObjects } : {}),
      ...(options.workflows ? { workflows: options.workflows } : {}),
      ...(options.bindings ? { bindings: options.bindings } : {}),
    }),
  );
  try {
    return { url: await mf.ready, stop: () => mf.dispose() };
  } catch (err) {
    await mf.dispose();
    throw err;
  }
}

/** One ES module with its imports inside: miniflare runs a script, it does not bundle. */
async function bundle(entry: string): Promise<string> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    // The export conditions wrangler uses for workerd.
    conditions: ["workerd", "worker", "browser"],
    // workerd's own modules (a Workflow's base class): the runtime provides them.
    external: ["cloudflare:*"],
    target: "es2022",
    logLevel: "warning",
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild produced no bundle for ${entry}`);
  return output.text;
}

/** Our Worker's, so the floor runs with the same runtime behaviour. */
function readCompatibilityDate(): string {
  const match = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(readFileSync(`${root}/wrangler.toml`, "utf8"));
  if (!match?.[1]) throw new Error("wrangler.toml has no compatibility_date for a floor Worker to use");
  return match[1];
}
