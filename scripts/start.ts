/**
 * `npm start` (and `npm run dev` with --dev): the whole platform on this machine.
 *
 *   embedded Postgres (PGlite) ── WebSocket bridge ── wrangler dev (workerd): API, rooms, PWA
 *
 * Data lives in WOVE_DATA_DIR (default .data/); PORT (default 8787) is the one origin.
 * DATABASE_URL replaces the embedded database. Ctrl-C stops every child process.
 *
 * Flags: --dev (vite dev server with hot reload in front of the Worker), --skip-build
 * (serve apps/web/dist as it is; the tests build once and start many times).
 */
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { acquireDataLock } from "./lib/acquireDataLock.ts";
import { assertPortFree } from "./lib/assertPortFree.ts";
import { Children } from "./lib/Children.ts";
import { getFreePort } from "./lib/getFreePort.ts";
import { loadLocalSecrets } from "./lib/localSecrets.ts";
import { localWranglerConfig } from "./lib/localWranglerConfig.ts";
import { startDatabase, type Database } from "./lib/startDatabase.ts";
import { waitForHealth } from "./lib/waitForHealth.ts";

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
  // Deploys to Cloudflare instead of the local deployer (README, "Deploy").
  "CLOUDFLARE_ACCOUNT_ID",
  "CLOUDFLARE_API_TOKEN",
  "DISPATCH_NAMESPACE",
  "PAGES_PROJECT",
  "DEPLOY_DOMAIN",
  // Where deploys and the preview fetch npm packages (README, "npm packages").
  "NPM_REGISTRY_URL",
];

const port = Number(process.env.PORT ?? 8787);
const dataDir = resolve(process.env.WOVE_DATA_DIR ?? join(root, ".data"));
const origin = `http://localhost:${port}`;

const children = new Children();
let database: Database | undefined;
let releaseLock: (() => void) | undefined;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    say(code === 0 ? "Stopping…" : "Stopping after an error…");
    await children.stopAll();
    // Closing PGlite cleanly flushes its files, so the next start finds every write.
    await database?.stop().catch((err: unknown) => console.error(err));
    releaseLock?.();
  }
  process.exit(code);
}

function say(message: string): void {
  console.log(`[wove] ${message}`);
}

async function main(): Promise<void> {
  if (!Number.isInteger(port) || port <= 0 || port > 65_535)
    throw new Error(`PORT must be a port number, not "${process.env.PORT}"`);
  await assertPortFree(port);
  releaseLock = acquireDataLock(dataDir);

  say(
    process.env.DATABASE_URL
      ? "Connecting to DATABASE_URL and migrating…"
      : `Starting the embedded database in ${dataDir}…`,
  );
  database = await startDatabase({ url: process.env.DATABASE_URL, dataDir: join(dataDir, "postgres") });

  // wrangler.toml serves apps/web/dist; in dev vite serves the app, but the folder must exist.
  mkdirSync(join(root, "apps/web/dist"), { recursive: true });
  if (!skipBuild) {
    say("Building the web app…");
    await Children.done(
      children.spawn(process.execPath, [bin.vite, "build", "--logLevel", "warn"], { cwd: join(root, "apps/web") }),
      "web build",
    );
  }

  // Secrets reach wrangler through a private file, never the command line (where `ps` shows them).
  const envFile = join(dataDir, "worker.env");
  const vars = {
    DATABASE_URL: database.url,
    NEON_WS_PROXY: database.wsProxy,
    WOVE_MODE: "local",
    PUBLIC_URL: origin,
    ...loadLocalSecrets(dataDir),
    ...pick(process.env, ["GITHUB_CLIENT_ID", "GITHUB_CLIENT_SECRET", "EMAIL_API_URL", "EMAIL_API_KEY", "EMAIL_FROM"]),
    ...pick(process.env, OPTIONAL_ENV),
  };
  // Single quotes: dotenv takes the value literally (the room key is JSON, full of double quotes).
  const lines = Object.entries(vars).map(([key, value]) => `${key}='${value}'`);
  writeFileSync(envFile, `${lines.join("\n")}\n`, { mode: 0o600 });
  chmodSync(envFile, 0o600);
  const config = join(dataDir, "wrangler.toml");
  writeFileSync(
    config,
    localWranglerConfig(readFileSync(join(root, "wrangler.toml"), "utf8"), root, Object.keys(vars)),
  );

  const workerPort = dev ? await getFreePort() : port;
  const wrangler = children.spawn(
    process.execPath,
    [
      bin.wrangler,
      "dev",
      "--config",
      config,
      "--port",
      String(workerPort),
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
    children.spawn(process.execPath, [bin.vite, "--port", String(port), "--strictPort"], {
      cwd: join(root, "apps/web"),
      env: { ...process.env, WOVE_API_ORIGIN: `http://localhost:${workerPort}` },
    });
  }

  const health = await waitForHealth(origin, { isAlive: () => wrangler.exitCode === null });
  say(
    `Wove ${health.version} is running at ${origin} (data: ${dataDir}${database.embedded ? ", embedded Postgres" : ""}).`,
  );
  say("Press Ctrl-C to stop.");
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
    "BETTER_AUTH_SECRET",
    "ROOM_TOKEN_PRIVATE_KEY",
    ...OPTIONAL_ENV,
  ]) {
    delete env[key];
  }
  return {
    // wrangler dev's local observability streams a trace of every invocation (each WebSocket
    // message included) to a collector in the same workerd: about 0.9 ms of CPU per room
    // message, here. A tool for developing Wove, so `npm run dev` keeps it; `npm start`, which
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
