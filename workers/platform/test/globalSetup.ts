import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { startAnthropicFake } from "../../../packages/ai/src/test/startAnthropicFake.ts";
import { startGoogleFake } from "../../../packages/ai/src/test/startGoogleFake.ts";
import { startOpenAiFake } from "../../../packages/ai/src/test/startOpenAiFake.ts";
import { writeBuiltins } from "../../../packages/npm/src/node/writeBuiltins.ts";
import { startFakeRegistry } from "../../../packages/npm/src/test/startFakeRegistry.ts";
import { startOutsideServer } from "./lib/startOutsideServer.ts";
import { generateRoomTokenKey } from "../../../scripts/lib/localSecrets.ts";
import { startDatabase } from "../../../scripts/lib/startDatabase.ts";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    wsProxy: string;
    instanceId: string;
    roomTokenPrivateKey: string;
    /** What the dev mailbox answers to (DEV_MAILBOX_KEY): read it through test/lib/devMailbox.ts. */
    devMailboxKey: string;
    /** Base URLs of the fake AI vendors (see packages/ai/src/test), driven over `/__fake/`. */
    anthropicBaseUrl: string;
    openAiBaseUrl: string;
    googleBaseUrl: string;
    localAiBaseUrl: string;
    /** A fake npm registry serving real tarballs packed from node_modules (packages/npm/src/test). */
    npmRegistryUrl: string;
    /** A server deployed code may reach when granted network (test/lib/startOutsideServer.ts). */
    outsideUrl: string;
  }
}

/**
 * What the fake registry serves: a small real package (mrmime, an ES module), and one made
 * up with an install script, which deploys must refuse.
 */
const NPM_TEST_PACKAGES = [
  "mrmime",
  {
    files: {
      "package.json": JSON.stringify({
        name: "needs-build",
        version: "1.0.0",
        scripts: { postinstall: "node-gyp rebuild" },
      }),
      "index.js": "export default 1;",
    },
  },
];

/**
 * A fresh, migrated in-memory Postgres (PGlite behind the bridge) for the Worker tests, and
 * fakes of the AI vendors' APIs (Node servers the real SDKs inside workerd talk to), a fake
 * npm registry, and the built-in packages in the web app's assets (as `vite build` puts them).
 */
export default async function setup(project: TestProject) {
  const db = await startDatabase({ url: process.env.TEST_DATABASE_URL });
  // The fakes accept the keys vitest.config.ts gives the Worker; a local server's key is "local".
  const fakes = await Promise.all([
    startAnthropicFake(),
    startOpenAiFake(),
    startGoogleFake(),
    startOpenAiFake("local"),
  ]);
  const [anthropic, openai, google, local] = fakes;
  await writeBuiltins(fileURLToPath(new URL("../../../apps/web/dist", import.meta.url)));
  const registry = await startFakeRegistry(NPM_TEST_PACKAGES);
  const outside = await startOutsideServer();
  project.provide("databaseUrl", db.url);
  project.provide("wsProxy", db.wsProxy);
  project.provide("instanceId", db.instanceId);
  project.provide("roomTokenPrivateKey", generateRoomTokenKey());
  project.provide("devMailboxKey", randomBytes(32).toString("base64url"));
  project.provide("anthropicBaseUrl", anthropic.baseUrl);
  project.provide("openAiBaseUrl", openai.baseUrl);
  project.provide("googleBaseUrl", google.baseUrl);
  project.provide("localAiBaseUrl", local.baseUrl);
  project.provide("npmRegistryUrl", registry.url);
  project.provide("outsideUrl", outside.url);
  return async () => {
    await Promise.all([...fakes.map((fake) => fake.close()), registry.close(), outside.close()]);
    await db.stop();
  };
}
