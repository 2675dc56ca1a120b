import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { getFreePort } from "../../scripts/lib/getFreePort.ts";
import { waitForHealth } from "../../scripts/lib/waitForHealth.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));

export interface RunningPlatform {
  origin: string;
  port: number;
  dataDir: string;
  /** The launcher itself (as `npm start` runs it: node with tsx's loader, no wrapper process). */
  process: ChildProcess;
  /** Everything the launcher printed so far. */
  output(): string;
  /** Ctrl-C, as a person would; resolves with the launcher's exit code. */
  stop(): Promise<number | null>;
}

/** The platforms this run started, by origin: helpers given only an origin read their mailbox. */
const running = new Map<string, RunningPlatform>();

/** The platform this run started at `origin`. */
export function platformAt(origin: string): RunningPlatform {
  const platform = running.get(origin);
  if (!platform) throw new Error(`no platform of this run answers at ${origin}`);
  return platform;
}

/**
 * Runs the launcher behind `npm start` (without rebuilding the web app, which the test
 * run built once) on a free port, with its own data folder unless one is given.
 */
export async function startPlatform(
  options: { dataDir?: string; port?: number; dev?: boolean; env?: Record<string, string> } = {},
): Promise<RunningPlatform> {
  const port = options.port ?? (await getFreePort());
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "wove-e2e-"));
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/start.ts", options.dev ? "--dev" : "--skip-build"],
    {
      cwd: root,
      env: { ...embeddedEnv(), ...options.env, PORT: String(port), WOVE_DATA_DIR: dataDir },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const platform: RunningPlatform = {
    origin: `http://localhost:${port}`,
    port,
    dataDir,
    process: child,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGINT");
      const code = await exited;
      if (running.get(platform.origin) === platform) running.delete(platform.origin);
      return code;
    },
  };
  try {
    await waitForHealth(platform.origin, { isAlive: () => child.exitCode === null, timeoutMs: 150_000 });
    // Healthy is not ready: the launcher still picks up agent runs (and says so) before its
    // "running at" line, and tests read that line.
    await waitForOutput(
      () => output,
      `running at ${platform.origin}`,
      () => child.exitCode === null,
    );
  } catch (err) {
    await platform.stop();
    throw new Error(`${(err as Error).message}\n--- launcher output ---\n${output}`, { cause: err });
  }
  running.set(platform.origin, platform);
  return platform;
}

/** Resolves once `output()` contains `text`; throws if the launcher exits or 60 s pass first. */
async function waitForOutput(output: () => string, text: string, isAlive: () => boolean): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!output().includes(text)) {
    if (!isAlive()) throw new Error(`the launcher exited before it said "${text}"`);
    if (Date.now() > deadline) throw new Error(`the launcher did not say "${text}" within 60 s of being healthy`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The test's environment less anything that would point the platform at another database. */
function embeddedEnv(): NodeJS.ProcessEnv {
  const { DATABASE_URL: _url, ...env } = process.env;
  return env;
}
