import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { cloudflareTest } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL("../..", import.meta.url));
// wrangler.toml serves the built PWA; the Worker tests do not need it built.
mkdirSync(`${root}/apps/web/dist`, { recursive: true });

export default defineConfig({
  plugins: [
    cloudflareTest(({ inject }) => ({
      wrangler: { configPath: `${root}/wrangler.toml` },
      miniflare: {
        bindings: {
          WOVE_MODE: "local",
          DATABASE_URL: inject("databaseUrl"),
          NEON_WS_PROXY: inject("wsProxy"),
          BETTER_AUTH_SECRET: "test-secret-test-secret-test-secret-0123",
          ROOM_TOKEN_PRIVATE_KEY: inject("roomTokenPrivateKey"),
          AI_KEYS_SECRET: "test-ai-keys-secret-test-ai-keys-secret-0123",
          PUBLIC_URL: "http://wove.test",
          // Test clients stand for people on their own networks by sending CF-Connecting-IP
          // (test/lib/Client.ts), as a trusted proxy would; accountTakeover.test.ts turns it off.
          TRUSTED_PROXY: "cf-connecting-ip",
          // Made per run, as the launcher makes one per start; tests read mail through test/lib/devMailbox.ts.
          DEV_MAILBOX_KEY: inject("devMailboxKey"),
          // The matrix makes a project per cell for one owner; test/quotas.test.ts sets its own.
          RATE_LIMITS: "projects=100000/h, invitations=100000/d, blobs=100000/h, keys=100000/d, deploys=100000/h",
          // Every AI vendor, faked (test/globalSetup.ts), with the keys the fakes accept.
          ANTHROPIC_API_KEY: "test-anthropic-key",
          ANTHROPIC_BASE_URL: inject("anthropicBaseUrl"),
          OPENAI_API_KEY: "test-openai-key",
          OPENAI_BASE_URL: inject("openAiBaseUrl"),
          GOOGLE_API_KEY: "test-google-key",
          GOOGLE_BASE_URL: inject("googleBaseUrl"),
          LOCAL_AI_BASE_URL: inject("localAiBaseUrl"),
          LOCAL_AI_MODEL: "llama-test",
          LOCAL_AI_CONTEXT_WINDOW: "32768",
          NPM_REGISTRY_URL: inject("npmRegistryUrl"),
          // Loopback like everything here, so the outbound gateway lets sites reach it only by this list.
          OUTBOUND_ALLOW_HOSTS: new URL(inject("outsideUrl")).host,
        },
      },
    })),
  ],
  test: {
    name: "worker",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // Modules that only need Node run in the unit project instead.
    exclude: ["src/**/*.node.test.ts"],
    globalSetup: ["test/globalSetup.ts"],
    // Rooms answer over real sockets: on a loaded two-core machine a flood or a reload can
    // take longer than expect.poll's default second, which is a slow machine, not a bug.
    expect: { poll: { timeout: 10_000 } },
    // Deploy tests bundle with esbuild-wasm inside workerd (React's bundle among them, in
    // deployPackages.test.ts) beside other files' deploys: on two loaded cores a test of two
    // deploys can pass vitest's 5 s default while nothing is wrong.
    testTimeout: 20_000,
  },
});
