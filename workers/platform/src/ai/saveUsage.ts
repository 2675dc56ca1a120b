import { aiUsage, withDatabase } from "@wove/db";
import type { Bindings } from "../AppEnv.ts";
import { aiMeterFor } from "./aiMeterFor.ts";
import type { UsageRow } from "./meteredCompletion.ts";
import type { UsageScope } from "./readPlatformSpend.ts";
import { utcDay } from "./utcDay.ts";

/**
 * Inserts one request's usage rows over a pool of its own (the request's pool is closed when the handler
 * returns, which for a streamed answer is before the answer and its usage are complete), then
 * adds what the platform's keys spent to the person's and the project's AiMeter. In that
 * order: a meter that reloads from Postgres in between counts the request twice, never zero times.
 */
export async function saveUsage(env: Bindings, rows: UsageRow[]): Promise<void> {
  await withDatabase(env, (db) => db.insert(aiUsage).values(rows));
  // One request's rows: one person, at most one project.
  const [first] = rows;
  const microUsd = rows.reduce((sum, row) => sum + (row.ownKey ? 0 : row.costMicroUsd), 0);
  if (!first || microUsd === 0) return;
  const day = utcDay();
  const scopes: UsageScope[] = [{ userId: first.userId }, ...(first.projectId ? [{ projectId: first.projectId }] : [])];
  await Promise.all(scopes.map((scope) => aiMeterFor(env, scope).charge(day, microUsd)));
}
