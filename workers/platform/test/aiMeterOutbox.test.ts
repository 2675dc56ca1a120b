import { evictDurableObject, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { aiUsage, createDb } from "@wove/db";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { UsageRow } from "../src/ai/AiMeter.ts";
import { signUp } from "./lib/Client.ts";

async function withDb<T>(work: (db: ReturnType<typeof createDb>["db"]) => Promise<T>): Promise<T> {
  const { db, pool } = createDb(env);
  try {
    return await work(db);
  } finally {
    await pool.end();
  }
}

const savedRows = (userId: string) =>
  withDb(async (db) => (await db.select().from(aiUsage).where(eq(aiUsage.userId, userId))).length);

const usageOf = (userId: string): UsageRow => ({
  userId,
  projectId: null,
  model: "openai:gpt-5.4-mini",
  inputTokens: 3,
  outputTokens: 4,
  costMicroUsd: 10,
  ownKey: false,
});

const waitingIn = (meter: ReturnType<typeof env.AI_METER.getByName>) =>
  runInDurableObject(meter, (_m, state) => state.storage.sql.exec("SELECT count(*) AS n FROM usage_outbox").one().n);

describe("the AI meter's outbox", () => {
  it("keeps a person's usage rows while Postgres refuses them, and writes them on a retry", async () => {
    const { userId } = await signUp();
    if (!/^\w+$/.test(userId)) throw new Error(`unexpected user id ${userId}`);
    const meter = env.AI_METER.getByName(`user:${userId}`);
    const constraint = `meter_test_${Date.now()}`;
    await withDb((db) =>
      db.execute(sql.raw(`ALTER TABLE ai_usage ADD CONSTRAINT ${constraint} CHECK (user_id <> '${userId}') NOT VALID`)),
    );
    try {
      await meter.record([usageOf(userId)]);
      // Answered, not thrown: the meter sets its own retry.
      expect(await runDurableObjectAlarm(meter)).toBe(true);
      expect(await savedRows(userId)).toBe(0);
      expect(await waitingIn(meter)).toBe(1);
      expect(await runInDurableObject(meter, (_m, state) => state.storage.getAlarm())).not.toBeNull();
      // A usage report asking for the rows now hears that they could not be written.
      const refused = await meter.flush().then(
        () => null,
        (err: unknown) => err,
      );
      expect(String(refused)).toMatch(/ai_usage/);
    } finally {
      await withDb((db) => db.execute(sql.raw(`ALTER TABLE ai_usage DROP CONSTRAINT ${constraint}`)));
    }
    await expect
      .poll(
        async () => {
          await runDurableObjectAlarm(meter);
          return savedRows(userId);
        },
        { timeout: 20_000, interval: 500 },
      )
      .toBe(1);
    expect(await waitingIn(meter)).toBe(0);
  });

  it("writes the rows a meter from before the shared outbox still holds", async () => {
    const { userId } = await signUp();
    const meter = env.AI_METER.getByName(`user:${userId}`);
    await runInDurableObject(meter, (_m, state) => {
      state.storage.sql.exec("CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, row TEXT NOT NULL)");
      for (const n of [1, 2]) {
        const row = { ...usageOf(userId), inputTokens: n, createdAt: new Date().toISOString() };
        state.storage.sql.exec("INSERT INTO outbox (row) VALUES (?)", JSON.stringify(row));
      }
    });
    await evictDurableObject(meter);
    await meter.flush();
    const rows = await withDb((db) => db.select().from(aiUsage).where(eq(aiUsage.userId, userId)));
    expect(rows.map((r) => r.inputTokens).sort()).toEqual([1, 2]);
    const legacy = await runInDurableObject(
      meter,
      (_m, state) => state.storage.sql.exec("SELECT count(*) AS n FROM sqlite_master WHERE name = 'outbox'").one().n,
    );
    expect(legacy).toBe(0);
  });
});
