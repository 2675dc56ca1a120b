/**
 * `npm start` (and `npm run dev` with --dev): the whole platform on this machine.
 *
 *   embedded Postgres (PGlite) ── WebSocket bridge ── wrangler dev (workerd): API, rooms, PWA
 *                                                          └── site host (a second workerd): deployed Workers
 *
 * Data lives in WOVE_DATA_DIR (default .data/); PORT (default 8787) is the one origin.
 * HOST (default localhost) is where it listens: HOST=0.0.0.0 serves the LAN too, and the
 * machine's addresses become trusted origins for sign-in (lib/lanOrigins.ts).
 * DATABASE_URL replaces the embedded database. Ctrl-C stops every child process; a
 * watchdog (lib/startWatchdog.ts) stops them if the launcher is killed instead.
 *
 * Deployed sites' Workers run in the site host (lib/superviseSiteHost.ts), on loopback,
 * which answers only to the platform's per-start key: a site that spins holds that
 * process, and the launcher restarts it when its health check stops answering.
 *
 * Each phase prints its time. The database starts and migrates while the Worker starts
 * (the web build, then wrangler dev); the web build is turbo's, which restores an
 * unchanged app from its cache.
 *
 * Flags: --dev (vite dev server with hot reload in front of the Worker), --skip-build
 * (serve apps/web/dist as it is; the tests build once and start many times).
 */
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { networkInterfaces } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { acquireDataLock, type DataLock } from "./lib/acquireDataLock.ts";
import { assertPortFree } from "./lib/assertPortFree.ts";
import { buildWebApp } from "./lib/buildWebApp.ts";
import { Children } from "./lib/Children.ts";
import { getFreePort } from "./lib/getFreePort.ts";
import { holdPort } from "./lib/holdPort.ts";
import { lanOrigins } from "./lib/lanOrigins.ts";
import { loadLocalSecrets } from "./lib/localSecrets.ts";
import { localWranglerConfig } from "./lib/localWranglerConfig.ts";
import { databaseAddresses, newDatabasePassword, type DatabasePorts } from "./lib/databaseAddresses.ts";
import { devMailboxUrl } from "./lib/devMailboxUrl.ts";
import type { Database } from "./lib/startDatabase.ts";
import { startWatchdog, type Watchdog } from "./lib/startWatchdog.ts";
import { stopwatch } from "./lib/stopwatch.ts";
import { superviseSiteHost, type SiteHost } from "./lib/superviseSiteHost.ts";
import { waitForHealth } from "./lib/waitForHealth.ts";
import { writeEnvFile } from "./lib/writeEnvFile.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = {
  wrangler: join(root, "node_modules/wrangler/bin/wrangler.js"),
  vite: join(root, "node_modules/vite/bin/vite.js"),
};
const flags = new Set(process.argv.slice(2));
const dev = flags.has("--dev");
const skipBuild = flags.has("--skip-build") || dev;
/** Optional settings the Worker reads (README, "AI" and "Deploy"), passed on when set. */
const OPTIONAL_ENV = [
  "ANTHROPIC_API_KEY",
  "ANTHROPIC_BASE_URL",
  "OPENAI_API_KEY",
  "OPENAI_BASE_URL",
  "GOOGLE_API_KEY",
  "GOOGLE_BASE_URL",
  "LOCAL_AI_BASE_URL",
  "LOCAL_AI_MODEL",
  "LOCAL_AI_CONTEXT_WINDOW",
  "AI_USER_DAILY_BUDGET_USD",
  "AI_PROJECT_DAILY_BUDGET_USD",
  "AI_REQUESTS_PER_MINUTE",
  // Per-person quotas (README, "Accounts and projects").
  "RATE_LIMITS",
  // Deploys to Cloudflare instead of the local deployer (README, "Deploy").
  "CLOUDFLARE_ACCOUNT_ID",
  "CLOUDFLARE_API_TOKEN",
  "DISPATCH_NAMESPACE",
  "PAGES_PROJECT",
  "DEPLOY_DOMAIN",
  // Where deploys and the preview fetch npm packages (README, "npm packages").
  "NPM_REGISTRY_URL",
  // Private hosts network-granted sites may reach (README, "Deploy").
  "OUTBOUND_ALLOW_HOSTS",
];

const port = Number(process.env.PORT ?? 8787);
const dataDir = resolve(process.env.WOVE_DATA_DIR ?? join(root, ".data"));
const host = process.env.HOST || "localhost";
const wildcardHost = host === "0.0.0.0" || host === "::";
// A wildcard host also answers on localhost; a specific address is the origin itself.
const origin = `http://${wildcardHost ? "localhost" : host.includes(":") ? `[${host}]` : host}:${port}`;
const otherOrigins = lanOrigins(host, port, networkInterfaces());

let children: Children | undefined;
let siteHost: SiteHost | undefined;
let watchdog: Watchdog | undefined;
let database: Database | undefined;
let lock: DataLock | undefined;
let stopping = false;
// The dev mailbox holds every magic link, so it answers only to this key, new each start and
// printed in the mailbox's URL below (workers/platform/src/mail/devMailboxKey.ts).
const devMailboxKey = randomBytes(32).toString("base64url");
/** What the Worker's internal launcher routes answer to (routes/wakeAgentRuns.ts), per start. */
const launcherKey = randomBytes(32).toString("base64url");
// The site host runs deployed code for whoever presents this key: only the platform gets it.
const siteHostKey = randomBytes(32).toString("base64url");

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    say(code === 0 ? "Stopping…" : "Stopping after an error…");
    siteHost?.close();
    await children?.stopAll();
    watchdog?.close();
    // Closing PGlite cleanly flushes its files, so the next start finds every write.
    await database?.stop().catch((err: unknown) => console.error(err));
    lock?.release();
  }
  process.exit(code);
}

function say(message: string): void {
  console.log(`[wove] ${message}`);
}

async function main(): Promise<void> {
  if (!Number.isInteger(port) || port <= 0 || port > 65_535)
    throw new Error(`PORT must be a port number, not "${process.env.PORT}"`);
  // From the process's start: loading the launcher's own modules is part of the wait.
  const sinceStart = stopwatch(undefined, 0);
  await assertPortFree(port);
  const dataLock = await acquireDataLock(dataDir, { say });
  lock = dataLock;
  const guard = startWatchdog();
  watchdog = guard;
  const spawned = new Children({
    env: dataLock.env,
    onGroup: (pgid) => {
      guard.watch(pgid);
      dataLock.recordGroup(pgid);
    },
  });
  children = spawned;

  // The database's addresses are chosen first, so the Worker can start (web build, then
  // wrangler, the longest part) while the database starts and migrates. A database failure
  // ends the start at once (it closed what it opened); any other waits for the database to
  // settle, so that shutdown closes it cleanly instead of exiting mid-start.
  // Held until each server binds them: wrangler's processes take ports meanwhile (holdPort).
  const held = { postgres: await holdPort(), bridge: await holdPort() };
  const ports = { postgres: held.postgres.port, bridge: held.bridge.port };
  // New each start: only the Worker (in its DATABASE_URL) and the migrations get it.
  const password = newDatabasePassword();
  const starting = startDatabasePhase(ports, password, (which) => held[which].release());
  // With DATABASE_URL set, the embedded database's port is never bound: let it go too.
  void starting.finally(() => Promise.all([held.postgres.release(), held.bridge.release()])).catch(() => undefined);
  starting.then((db) => (database = db)).catch(() => undefined);
  const workerPort = dev ? await getFreePort() : port;
  const sites = superviseSiteHost({
    children: spawned,
    root,
    dir: join(dataDir, "site-host"),
    port: await getFreePort(),
    key: siteHostKey,
    // In dev the Worker listens on loopback behind vite; otherwise the origin reaches it.
    platformUrl: dev ? `http://localhost:${workerPort}` : origin,
    env: workerProcessEnv(),
    say,
    onGiveUp: (err) => {
      console.error(`[wove] ${err.message}; stopping.`);
      void shutdown(1);
    },
  });
  siteHost = sites;
  const [db, health] = await Promise.all([
    starting,
    serveWorker(spawned, databaseAddresses(process.env.DATABASE_URL, ports, password), workerPort, sites.url).catch(
      async (err: unknown) => {
        await starting.catch(() => undefined);
        throw err;
      },
    ),
    sites.ready,
  ]);
  say(
    `Wove ${health.version} is running at ${origin} (data: ${dataDir}${db.embedded ? ", embedded Postgres" : ""}), ready in ${sinceStart()}.`,
  );
  if (otherOrigins.length > 0) say(`Also at ${otherOrigins.join(", ")}.`);
  say(`Dev mailbox (magic links, invitations): ${devMailboxUrl(origin, devMailboxKey)}`);
  say("Press Ctrl-C to stop.");
}

/** Builds the web app, starts wrangler dev (and vite in dev) and waits until the API is healthy. */
async function serveWorker(
  spawned: Children,
  db: { url: string; wsProxy: string },
  workerPort: number,
  siteHostUrl: string,
) {
  // wrangler.toml serves apps/web/dist; in dev vite serves the app, but the folder must exist.
  mkdirSync(join(root, "apps/web/dist"), { recursive: true });
  if (!skipBuild) await buildPhase(spawned);

  const envFile = join(dataDir, "worker.env");
  const vars = {
    DATABASE_URL: db.url,
    NEON_WS_PROXY: db.wsProxy,
    WOVE_MODE: "local",
    PUBLIC_URL: origin,
    DEV_MAILBOX_KEY: devMailboxKey,
    LAUNCHER_KEY: launcherKey,
    SITE_HOST_URL: siteHostUrl,
    SITE_HOST_KEY: siteHostKey,
    ...loadLocalSecrets(dataDir),
    ...trustedOriginsVar(),
    ...pick(process.env, ["GITHUB_CLIENT_ID", "GITHUB_CLIENT_SECRET", "EMAIL_API_URL", "EMAIL_API_KEY", "EMAIL_FROM"]),
    ...pick(process.env, OPTIONAL_ENV),
  };
  writeEnvFile(envFile, vars);
  const config = join(dataDir, "wrangler.toml");
  writeFileSync(
    config,
    localWranglerConfig(readFileSync(join(root, "wrangler.toml"), "utf8"), root, Object.keys(vars)),
  );

  say("Starting wrangler dev…");
  const since = stopwatch();
  const wrangler = spawned.spawn(
    process.execPath,
    [
      bin.wrangler,
      "dev",
      "--config",
      config,
      "--port",
      String(workerPort),
      // In dev, vite is what the LAN reaches; the Worker behind it stays on loopback.
      "--ip",
      dev ? "localhost" : host,
      "--inspector-port",
      String(await getFreePort()),
      "--persist-to",
      join(dataDir, "wrangler"),
      "--env-file",
      envFile,
      "--show-interactive-dev-session=false",
    ],
    { cwd: root, env: workerProcessEnv() },
  );
  wrangler.once("exit", (code) => {
    if (!stopping) {
      console.error(`[wove] wrangler dev exited (code ${code}); stopping.`);
      void shutdown(1);
    }
  });

  if (dev) {
    spawned.spawn(process.execPath, [bin.vite, "--port", String(port), "--strictPort", "--host", host], {
      cwd: join(root, "apps/web"),
      env: { ...process.env, WOVE_API_ORIGIN: `http://localhost:${workerPort}` },
    });
  }

  const health = await waitForHealth(origin, { isAlive: () => wrangler.exitCode === null });
  say(`The API answers healthy (${since()} after wrangler dev started)`);
  await wakeAgentRuns();
  return health;
}

/**
 * Agent runs that were working when the platform last stopped go on (the local Workflows
 * engine does not wake them itself; see workers/platform/src/agent/wakeAgentRuns.ts).
 */
async function wakeAgentRuns(): Promise<void> {
  try {
    const res = await fetch(`${origin}/api/internal/agent-runs/wake`, {
      method: "POST",
      headers: { "x-wove-launcher-key": launcherKey },
    });
    const woken = (await res.json()) as { woken: number; failed: number; started: number };
    if (woken.woken + woken.failed + woken.started > 0) {
      say(
        `Agent runs picked up after the restart: ${woken.woken} resumed, ${woken.started} started, ${woken.failed} failed`,
      );
    }
  } catch (error) {
    console.error("[wove] could not pick up the agent runs of the last start:", error);
  }
}

/** TRUSTED_ORIGINS for the Worker: the shell's, plus where the LAN reaches this machine. */
function trustedOriginsVar(): { TRUSTED_ORIGINS?: string } {
  const origins = [process.env.TRUSTED_ORIGINS ?? "", ...otherOrigins].filter(Boolean);
  return origins.length > 0 ? { TRUSTED_ORIGINS: origins.join(",") } : {};
}

async function startDatabasePhase(
  ports: DatabasePorts,
  password: string,
  beforeListen: (which: keyof DatabasePorts) => Promise<void>,
): Promise<Database> {
  const since = stopwatch();
  say(
    process.env.DATABASE_URL
      ? "Connecting to DATABASE_URL and migrating…"
      : `Starting the embedded database in ${dataDir}…`,
  );
  // Loaded here, not up front: PGlite and drizzle take seconds to load on a busy machine,
  // which the web build and wrangler (other processes) need not wait for.
  const { startDatabase } = await import("./lib/startDatabase.ts");
  const db = await startDatabase({
    url: process.env.DATABASE_URL,
    dataDir: join(dataDir, "postgres"),
    ports,
    password,
    beforeListen,
  });
  say(`Database ready, migrations applied (${since()})`);
  return db;
}

async function buildPhase(spawned: Children): Promise<void> {
  const since = stopwatch();
  say("Building the web app…");
  const { cached } = await buildWebApp(root, spawned);
  say(cached ? `Web app unchanged since its last build (${since()})` : `Web app built (${since()})`);
}

function pick(env: NodeJS.ProcessEnv, keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.flatMap((key) => (env[key] ? [[key, env[key]]] : [])));
}

/**
 * wrangler also reads secrets from its own environment, where they would override the
 * private env file; it gets them only from the file. No telemetry and no `Request.cf`
 * download: the platform runs with no internet.
 */
function workerProcessEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of [
    "DATABASE_URL",
    "NEON_WS_PROXY",
    "WOVE_MODE",
    "PUBLIC_URL",
    "TRUSTED_ORIGINS",
    "BETTER_AUTH_SECRET",
    "ROOM_TOKEN_PRIVATE_KEY",
    "DEV_MAILBOX_KEY",
    "LAUNCHER_KEY",
    "SITE_HOST_URL",
    "SITE_HOST_KEY",
    "PLATFORM_URL",
    ...OPTIONAL_ENV,
  ]) {
    delete env[key];
  }
  return {
    // wrangler dev's local observability streams a trace of every invocation (each WebSocket
    // message included) to a collector in the same workerd: CPU on every room message. A tool for developing Wove, so `npm run dev` keeps it; `npm start`, which
    // runs the platform, does not (set X_LOCAL_OBSERVABILITY=true to have it anyway).
    X_LOCAL_OBSERVABILITY: dev ? "true" : "false",
    ...env,
    WRANGLER_SEND_METRICS: "false",
    CLOUDFLARE_CF_FETCH_ENABLED: "false",
  };
}

process.once("SIGINT", () => void shutdown(0));
process.once("SIGTERM", () => void shutdown(0));
main().catch((err: unknown) => {
  console.error(`[wove] ${err instanceof Error ? err.message : String(err)}`);
  void shutdown(1);
});
