import type { ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Children } from "./Children.ts";
import { getFreePort } from "./getFreePort.ts";
import { SiteHostWatch, type SiteHostAction, type SiteHostWatchOptions } from "./SiteHostWatch.ts";
import { writeEnvFile } from "./writeEnvFile.ts";

export interface SiteHostOptions {
  children: Children;
  root: string;
  /** Where the host keeps its env file and wrangler's local state (nothing that must survive). */
  dir: string;
  port: number;
  /** The per-start secret the platform and the host present to each other. */
  key: string;
  /** Where the host fetches bundles from the platform (routes/getSiteBundle.ts). */
  platformUrl: string;
  /** The environment of wrangler's process (no secrets, no telemetry). */
  env: NodeJS.ProcessEnv;
  say: (message: string) => void;
  /** The host cannot start: the launcher should stop. */
  onGiveUp: (err: Error) => void;
  watch?: SiteHostWatchOptions;
  probeEveryMs?: number;
  probeTimeoutMs?: number;
}

export interface SiteHost {
  url: string;
  /** Resolves when the host first answers its health check; rejects when it cannot start. */
  ready: Promise<void>;
  /** Stops probing and restarting (the launcher is stopping; Children stops the process). */
  close(): void;
}

// Three missed probes of two seconds, a second apart: a host that is merely busy on two
// loaded cores answers within that, and a spinning one is restarted well before a
// visitor's request reaches SITE_REQUEST_TIMEOUT_SECONDS. wrangler may take a minute to start.
const DEFAULT_WATCH: SiteHostWatchOptions = { missesToRestart: 3, probesToStart: 120, failedStartsToGiveUp: 3 };

/**
 * Runs the local site host (workers/platform/src/siteHost/SiteHost.ts) under `wrangler dev`
 * on `port`, on loopback only, and keeps it answering: it probes `GET /health` and, as
 * SiteHostWatch decides, kills the host's process group (SIGKILL: a spinning workerd may
 * not get to a SIGTERM) and starts it again on the same port, so SITE_HOST_URL stays right.
 */
export function superviseSiteHost(options: SiteHostOptions): SiteHost {
  const url = `http://127.0.0.1:${options.port}`;
  const watch = new SiteHostWatch(options.watch ?? DEFAULT_WATCH);
  mkdirSync(options.dir, { recursive: true });
  const envFile = join(options.dir, "site-host.env");
  writeEnvFile(envFile, { SITE_HOST_KEY: options.key, PLATFORM_URL: options.platformUrl });
  let child: ChildProcess | undefined;
  let closed = false;
  let acting = false;
  let starts = 0;
  let everUp = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let settle: { resolve: () => void; reject: (err: Error) => void } | undefined;
  const ready = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));

  async function launch(): Promise<void> {
    starts++;
    const args = [
      join(options.root, "node_modules/wrangler/bin/wrangler.js"),
      "dev",
      "--config",
      join(options.root, "workers/platform/siteHost.wrangler.toml"),
      "--port",
      String(options.port),
      "--ip",
      "127.0.0.1",
      "--inspector-port",
      String(await getFreePort()),
      "--persist-to",
      join(options.dir, "wrangler"),
      "--env-file",
      envFile,
      "--show-interactive-dev-session=false",
      // Not a line per health probe: the host's warnings and errors only.
      "--log-level",
      "warn",
    ];
    // Closed while this start waited for its port: the launcher is stopping, start nothing.
    if (closed) return;
    const started = options.children.spawn(process.execPath, args, {
      cwd: options.root,
      env: options.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    child = started;
    prefixLines(started.stdout, process.stdout);
    prefixLines(started.stderr, process.stderr);
    started.once("exit", () => {
      if (!closed && !acting && child === started) void act(watch.exited(), "its process exited");
    });
  }

  async function act(action: SiteHostAction, why: string): Promise<void> {
    if (action === "up") {
      if (everUp) options.say(`The site host answers again (start ${starts}).`);
      everUp = true;
      settle?.resolve();
    } else if (action === "restart") {
      acting = true;
      options.say(`Restarting the site host: ${why}. Sites answer again once it is up.`);
      if (child) await options.children.stop(child, "SIGKILL");
      watch.restarting();
      if (!closed) await launch();
      acting = false;
    } else if (action === "give-up") {
      closed = true;
      const err = new Error(
        `the site host (wrangler dev on port ${options.port}) failed to start several times in a row, last because ${why}; its output above says more`,
      );
      settle?.reject(err);
      options.onGiveUp(err);
    }
  }

  async function probe(): Promise<void> {
    const healthy = await answers(`${url}/health`, options.probeTimeoutMs ?? 2_000);
    if (closed) return;
    const why = watch.up
      ? "it stopped answering its health check (a deployed Worker spinning?)"
      : "it did not answer its health check in time after starting";
    if (!acting) await act(watch.probed(healthy), why);
    if (!closed) timer = setTimeout(() => void probe(), options.probeEveryMs ?? 1_000);
  }

  void launch().then(probe, (err: unknown) => options.onGiveUp(err instanceof Error ? err : new Error(String(err))));
  return {
    url,
    ready,
    close() {
      closed = true;
      clearTimeout(timer);
    },
  };
}

async function answers(url: string, timeoutMs: number): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await res.body?.cancel();
    return res.ok;
  } catch {
    return false;
  }
}

/** Copies `from` to `to` with each line marked as the site host's. */
function prefixLines(from: NodeJS.ReadableStream | null, to: NodeJS.WritableStream): void {
  let rest = "";
  from?.on("data", (chunk: Buffer) => {
    const lines = (rest + chunk.toString()).split("\n");
    rest = lines.pop() ?? "";
    for (const line of lines) to.write(`[site host] ${line}\n`);
  });
  from?.on("end", () => rest && to.write(`[site host] ${rest}\n`));
}
