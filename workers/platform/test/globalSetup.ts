import type { TestProject } from "vitest/node";
import { startAnthropicFake } from "../../../packages/ai/src/test/startAnthropicFake.ts";
import { startGoogleFake } from "../../../packages/ai/src/test/startGoogleFake.ts";
import { startOpenAiFake } from "../../../packages/ai/src/test/startOpenAiFake.ts";
import { generateRoomTokenKey } from "../../../scripts/lib/localSecrets.ts";
import { startDatabase } from "../../../scripts/lib/startDatabase.ts";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    wsProxy: string;
    instanceId: string;
    roomTokenPrivateKey: string;
    /** Base URLs of the fake AI vendors (see packages/ai/src/test), driven over `/__fake/`. */
    anthropicBaseUrl: string;
    openAiBaseUrl: string;
    googleBaseUrl: string;
    localAiBaseUrl: string;
  }
}

/**
 * A fresh, migrated in-memory Postgres (PGlite behind the bridge) for the Worker tests, and
 * fakes of the AI vendors' APIs (Node servers the real SDKs inside workerd talk to).
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
  project.provide("databaseUrl", db.url);
  project.provide("wsProxy", db.wsProxy);
  project.provide("instanceId", db.instanceId);
  project.provide("roomTokenPrivateKey", generateRoomTokenKey());
  project.provide("anthropicBaseUrl", anthropic.baseUrl);
  project.provide("openAiBaseUrl", openai.baseUrl);
  project.provide("googleBaseUrl", google.baseUrl);
  project.provide("localAiBaseUrl", local.baseUrl);
  return async () => {
    await Promise.all(fakes.map((fake) => fake.close()));
    await db.stop();
  };
}
