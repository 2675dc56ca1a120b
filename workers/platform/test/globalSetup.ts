import type { TestProject } from "vitest/node";
import { generateRoomTokenKey } from "../../../scripts/lib/localSecrets.ts";
import { startDatabase } from "../../../scripts/lib/startDatabase.ts";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    wsProxy: string;
    instanceId: string;
    roomTokenPrivateKey: string;
  }
}

/** A fresh, migrated in-memory Postgres (PGlite behind the bridge) for the Worker tests. */
export default async function setup(project: TestProject) {
  const db = await startDatabase({ url: process.env.TEST_DATABASE_URL });
  project.provide("databaseUrl", db.url);
  project.provide("wsProxy", db.wsProxy);
  project.provide("instanceId", db.instanceId);
  project.provide("roomTokenPrivateKey", generateRoomTokenKey());
  return db.stop;
}
