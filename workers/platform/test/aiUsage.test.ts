import { aiUsage, createDb } from "@wove/db";
import { env } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import type { AiUsageReport } from "../src/routes/getAiUsage.ts";
import { acceptKey, ask, newMarker, readEvents, requestsTo } from "./lib/aiFakes.ts";
import { Client, signUp } from "./lib/Client.ts";

type Person = Awaited<ReturnType<typeof signUp>>;

const chat = (client: Client, json: unknown, limits?: Record<string, string>) =>
  client.fetch("/api/ai/chat", { method: "POST", json, env: limits });

/** The person's rows in Postgres, once their meter has written what it holds (see AiMeter). */
async function usageRows(userId: string) {
  await env.AI_METER.getByName(`user:${userId}`).flush();
  const { db, pool } = createDb(env);
  const rows = await db.select().from(aiUsage).where(eq(aiUsage.userId, userId));
  await pool.end();
  return rows;
}

/** The key a fake vendor received, whichever header the SDK put it in. */
const keyOf = (headers: Record<string, unknown> | undefined) =>
  String(headers?.["x-api-key"] ?? headers?.authorization ?? "").replace(/^Bearer /, "");

async function saveOwnKey(person: Person, provider: string, apiKey: string) {
  const saved = await person.json(`/api/ai/keys/${provider}`, { method: "PUT", json: { apiKey } });
  expect(saved.status).toBe(200);
}

describe("AI usage and limits", () => {
  it("records each answer's tokens and cost, and GET /api/ai/usage sums them per model", async () => {
    const ann = await signUp();
    for (const model of ["anthropic:claude-haiku-5-5", "openai:gpt-5.4-mini", "openai:gpt-5.4-mini"]) {
      expect((await readEvents(await chat(ann, ask(newMarker(), { model })))).at(-1)?.type).toBe("done");
    }
    const rows = await usageRows(ann.userId);
    expect(rows).toHaveLength(3);
    // 21 input and 7 output tokens, at each model's price per million.
    expect(rows.find((r) => r.model === "anthropic:claude-haiku-5-5")).toMatchObject({
      inputTokens: 21,
      outputTokens: 7,
      costMicroUsd: 21 * 1 + 7 * 5,
      ownKey: false,
      projectId: null,
    });

    const usage = await ann.json<AiUsageReport>("/api/ai/usage");
    expect(usage.status).toBe(200);
    // Each call's cost is rounded to a micro-dollar: 56 for Haiku, 19 (of 19.25) for GPT-5.4 mini.
    const spent = (56 + 2 * 19) / 1_000_000;
    expect(usage.body.today).toMatchObject({ requests: 3, inputTokens: 63, outputTokens: 21, ownKeyCostUsd: 0 });
    expect(usage.body.today.costUsd).toBeCloseTo(spent, 9);
    expect(usage.body.month).toMatchObject({ requests: 3 });
    expect(usage.body.today.byModel).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ model: "openai:gpt-5.4-mini", requests: 2, inputTokens: 42 }),
        expect.objectContaining({ model: "anthropic:claude-haiku-5-5", requests: 1 }),
      ]),
    );
    expect(usage.body.limits).toMatchObject({ dailyBudgetUsd: 5, requestsPerMinute: 20 });
    expect(usage.body.limits.remainingTodayUsd).toBeCloseTo(5 - spent, 9);

    // Nobody else's usage shows up in theirs.
    const bob = await signUp();
    expect((await bob.json<AiUsageReport>("/api/ai/usage")).body.today.requests).toBe(0);
    expect((await new Client().json("/api/ai/usage")).status).toBe(401);
  });

  it("refuses requests past the per-minute limit with a 429 naming it", async () => {
    const ann = await signUp();
    const limits = { AI_REQUESTS_PER_MINUTE: "2" };
    for (let i = 0; i < 2; i++) expect((await chat(ann, ask(newMarker()), limits)).status).toBe(200);
    const marker = newMarker();
    const refused = await chat(ann, ask(marker), limits);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = await refused.json<{ error: { code: string; message: string; details: { limit: string } } }>();
    expect(body.error).toMatchObject({ code: "rate_limited", details: { limit: "requests_per_minute" } });
    expect(body.error.message).toContain("AI_REQUESTS_PER_MINUTE");
    expect((await requestsTo("anthropic", marker)).requests).toHaveLength(0);
    // The limit is per person.
    expect((await chat(await signUp(), ask(newMarker()), limits)).status).toBe(200);
  });

  it("counts requests sent at once exactly: the limit lets through that many, no more", async () => {
    const ann = await signUp();
    const limits = { AI_REQUESTS_PER_MINUTE: "3" };
    const responses = await Promise.all([0, 1, 2, 3, 4, 5].map(() => chat(ann, ask(newMarker()), limits)));
    const statuses = await Promise.all(responses.map(async (res) => (await res.text(), res.status)));
    expect(statuses.filter((status) => status === 200)).toHaveLength(3);
    expect(statuses.filter((status) => status === 429)).toHaveLength(3);
  });

  it("refuses once a person's daily budget is spent, saying which budget and when it resets", async () => {
    const ann = await signUp();
    const limits = { AI_USER_DAILY_BUDGET_USD: "0.00001" };
    expect((await readEvents(await chat(ann, ask(newMarker()), limits))).at(-1)?.type).toBe("done");
    const marker = newMarker();
    const refused = await chat(ann, ask(marker, { model: "anthropic:claude-haiku-5-5" }), limits);
    expect(refused.status).toBe(429);
    const { error } = await refused.json<{ error: { message: string; details: Record<string, unknown> } }>();
    expect(error.message).toContain("AI_USER_DAILY_BUDGET_USD");
    expect(error.message).toContain("00:00 UTC");
    expect(error.details).toMatchObject({ limit: "user_daily_budget", resetsAt: expect.stringMatching(/T00:00:00/) });
    expect((await requestsTo("anthropic", marker)).requests).toHaveLength(0);

    // "auto" still has a model that costs the platform nothing: the local server.
    const local = await readEvents(await chat(ann, ask(newMarker()), limits));
    expect(local.at(-1)).toMatchObject({ type: "done", model: "local:llama-test", usage: { costUsd: 0 } });
    const noLocal = await chat(ann, ask(newMarker()), { ...limits, LOCAL_AI_BASE_URL: "", LOCAL_AI_MODEL: "" });
    expect(noLocal.status).toBe(429);
  });

  it("keeps answering a person over budget on their own key, which the budget does not count", async () => {
    const ann = await signUp();
    const ownKey = `sk-ant-own-${crypto.randomUUID()}`;
    await acceptKey("anthropic", ownKey);
    await saveOwnKey(ann, "anthropic", ownKey);
    const broke = { AI_USER_DAILY_BUDGET_USD: "0" };

    const marker = newMarker();
    const events = await readEvents(await chat(ann, ask(marker), broke));
    expect(events.at(-1)).toMatchObject({ type: "done", model: "anthropic:claude-haiku-5-5" });
    expect(keyOf((await requestsTo("anthropic", marker)).requests[0]?.headers)).toBe(ownKey);
    expect(await usageRows(ann.userId)).toEqual([expect.objectContaining({ ownKey: true, costMicroUsd: 56 })]);

    // A model only the platform's key could pay for is refused.
    const platformOnly = await chat(ann, ask(newMarker(), { model: "openai:gpt-5.4-mini" }), broke);
    expect(platformOnly.status).toBe(429);

    const usage = await ann.json<AiUsageReport>("/api/ai/usage");
    expect(usage.body.today).toMatchObject({ requests: 1, ownKeyCostUsd: 0.000056 });
    expect(usage.body.limits.spentTodayUsd).toBe(0);
  });

  it("uses a person's own key for their requests only, and never sends it back", async () => {
    const [ann, bob] = [await signUp(), await signUp()];
    // A key the vendor rejects: the error must not quote it either.
    const ownKey = `sk-ant-rejected-${crypto.randomUUID()}`;
    await saveOwnKey(ann, "anthropic", ownKey);

    const annMarker = newMarker();
    const annEvents = await readEvents(await chat(ann, ask(annMarker, { model: "anthropic:claude-haiku-5-5" })));
    expect(annEvents).toEqual([{ type: "error", code: "invalid_key", message: expect.stringContaining("Settings") }]);
    expect(JSON.stringify(annEvents)).not.toContain(ownKey);
    expect(keyOf((await requestsTo("anthropic", annMarker)).requests[0]?.headers)).toBe(ownKey);

    const bobMarker = newMarker();
    expect(
      (await readEvents(await chat(bob, ask(bobMarker, { model: "anthropic:claude-haiku-5-5" })))).at(-1),
    ).toMatchObject({
      type: "done",
    });
    expect(keyOf((await requestsTo("anthropic", bobMarker)).requests[0]?.headers)).toBe("test-anthropic-key");

    const models = await ann.json<{ models: Array<{ id: string; keySource: string }> }>("/api/ai/models");
    expect(JSON.stringify(models.body)).not.toContain(ownKey);
    expect(models.body.models.find((m) => m.id === "anthropic:claude-haiku-5-5")?.keySource).toBe("user");
    expect(models.body.models.find((m) => m.id === "openai:gpt-5.4-mini")?.keySource).toBe("env");
    const bobModels = await bob.json<{ models: Array<{ id: string; keySource: string }> }>("/api/ai/models");
    expect(bobModels.body.models.find((m) => m.id === "anthropic:claude-haiku-5-5")?.keySource).toBe("env");
  });
});

describe("GET /api/ai/models", () => {
  it("lists the platform's models to anyone, signed in or not, with auto", async () => {
    const res = await new Client().json<{ models: Array<Record<string, unknown>>; auto: boolean; hint?: string }>(
      "/api/ai/models",
    );
    expect(res.status).toBe(200);
    expect(res.body.auto).toBe(true);
    expect(res.body.hint).toBeUndefined();
    expect(res.body.models).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: "anthropic:claude-haiku-5-5", keySource: "env", price: expect.any(Object) }),
        expect.objectContaining({ id: "google:gemini-3.8-flash" }),
        expect.objectContaining({ id: "local:llama-test", contextWindow: 32768, price: null }),
      ]),
    );
    expect(JSON.stringify(res.body)).not.toContain("test-anthropic-key");
  });

  it("answers an empty list with a hint for the person when nothing is configured, and logs the variables", async () => {
    const log = vi.spyOn(console, "log");
    const res = await new Client().json<{ models: unknown[]; auto: boolean; hint: string }>("/api/ai/models", {
      env: { ANTHROPIC_API_KEY: "", OPENAI_API_KEY: "", GOOGLE_API_KEY: "", LOCAL_AI_BASE_URL: "", LOCAL_AI_MODEL: "" },
    });
    expect(res.body).toMatchObject({ models: [], auto: false });
    expect(res.body.hint).toBe(
      "No AI model is available to you yet: add your own key in Settings, or ask the platform's admin to configure one",
    );
    const logged = log.mock.calls.flat().join("\n");
    log.mockRestore();
    expect(logged).toContain("ANTHROPIC_API_KEY");
    expect(logged).toContain("LOCAL_AI_BASE_URL");
  });

  it("says which setting is malformed instead of guessing", async () => {
    const res = await new Client().json("/api/ai/models", { env: { OPENAI_BASE_URL: "not a url" } });
    expect(res).toMatchObject({
      status: 503,
      body: { error: { message: expect.stringContaining("OPENAI_BASE_URL") } },
    });
  });
});

describe("AI meters (the chat route's counts, spend and keys, kept out of Postgres's way)", () => {
  it("use a saved key on the very next request, and the platform's once it is deleted", async () => {
    const ann = await signUp();
    const lastKey = async () => {
      const marker = newMarker();
      const events = await readEvents(await chat(ann, ask(marker, { model: "anthropic:claude-haiku-5-5" })));
      expect(events.at(-1)).toMatchObject({ type: "done" });
      return keyOf((await requestsTo("anthropic", marker)).requests[0]?.headers);
    };
    expect(await lastKey()).toBe("test-anthropic-key");
    const [first, second] = [`sk-ant-first-${crypto.randomUUID()}`, `sk-ant-second-${crypto.randomUUID()}`];
    await acceptKey("anthropic", first);
    await acceptKey("anthropic", second);
    await saveOwnKey(ann, "anthropic", first);
    expect(await lastKey()).toBe(first);
    await saveOwnKey(ann, "anthropic", second);
    expect(await lastKey()).toBe(second);
    expect((await ann.fetch("/api/ai/keys/anthropic", { method: "DELETE" })).status).toBe(204);
    expect(await lastKey()).toBe("test-anthropic-key");
  });

  it("write a person's usage to Postgres within seconds on their own, several requests in one go", async () => {
    const ann = await signUp();
    const answers = await Promise.all(
      [0, 1, 2].map(async () => (await readEvents(await chat(ann, ask(newMarker())))).at(-1)?.type),
    );
    expect(answers).toEqual(["done", "done", "done"]);
    // No usage report asked for it: the meter's alarm writes the rows.
    const inPostgres = async () => {
      const { db, pool } = createDb(env);
      const rows = await db.select().from(aiUsage).where(eq(aiUsage.userId, ann.userId));
      await pool.end();
      return rows.length;
    };
    await expect.poll(inPostgres).toBe(3);
    // The alarm fired: the next row sets it again (the meter keeps whether one is set).
    expect((await readEvents(await chat(ann, ask(newMarker())))).at(-1)?.type).toBe("done");
    await expect.poll(inPostgres).toBe(4);
  });

  it("count what Postgres already records for the day, however it got there", async () => {
    const ann = await signUp();
    // Spend the meter never saw: recorded before it was first asked.
    const { db, pool } = createDb(env);
    await db.insert(aiUsage).values({
      userId: ann.userId,
      projectId: null,
      model: "openai:gpt-5.4-mini",
      inputTokens: 1,
      outputTokens: 1,
      costMicroUsd: 20_000,
      ownKey: false,
    });
    await pool.end();
    const marker = newMarker();
    const refused = await chat(ann, ask(marker, { model: "openai:gpt-5.4-mini" }), {
      AI_USER_DAILY_BUDGET_USD: "0.02",
    });
    expect(refused.status).toBe(429);
    expect((await requestsTo("openai", marker)).requests).toHaveLength(0);
    // Under a larger budget the same person is served: the meter holds $0.02, not more.
    const served = await chat(ann, ask(newMarker(), { model: "openai:gpt-5.4-mini" }), {
      AI_USER_DAILY_BUDGET_USD: "0.021",
    });
    expect((await readEvents(served)).at(-1)).toMatchObject({ type: "done" });
  });
});
