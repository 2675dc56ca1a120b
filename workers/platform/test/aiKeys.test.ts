import { createDb, providerKeys } from "@wove/db";
import { env } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openProviderKey, sealProviderKey } from "../src/ai/providerKeyCipher.ts";
import type { Bindings } from "../src/AppEnv.ts";
import { acceptKey } from "./lib/aiFakes.ts";
import { Client, signUp } from "./lib/Client.ts";

const KEY = "sk-ant-api03-very-secret-key-material-WXYZ";

describe("own AI provider keys", () => {
  it("are stored encrypted, shown masked, and never answered back", async () => {
    const ann = await signUp();
    const saved = await ann.json("/api/ai/keys/anthropic", { method: "PUT", json: { apiKey: KEY } });
    expect(saved).toMatchObject({ status: 200, body: { provider: "anthropic", key: "••••WXYZ" } });
    expect(JSON.stringify(saved.body)).not.toContain("very-secret");

    const listed = await ann.json("/api/ai/keys");
    expect(listed.body).toMatchObject({ keys: [{ provider: "anthropic", key: "••••WXYZ" }] });
    expect(JSON.stringify(listed.body)).not.toContain("very-secret");

    // In the database the key is unreadable, and opens only for its owner and provider.
    const { db, pool } = createDb(env);
    const [row] = await db.select().from(providerKeys).where(eq(providerKeys.userId, ann.userId));
    await pool.end();
    expect(row?.sealed).not.toContain("very-secret");
    expect(row?.sealed).toMatch(/^v1\./);
    const secret = (env as Bindings).AI_KEYS_SECRET ?? "";
    expect(await openProviderKey(secret, { userId: ann.userId, provider: "anthropic" }, row?.sealed ?? "")).toBe(KEY);
    expect(await openProviderKey(secret, { userId: "someone-else", provider: "anthropic" }, row?.sealed ?? "")).toBe(
      null,
    );
    expect(await openProviderKey(secret, { userId: ann.userId, provider: "openai" }, row?.sealed ?? "")).toBe(null);
    expect(await openProviderKey(`${secret}x`, { userId: ann.userId, provider: "anthropic" }, row?.sealed ?? "")).toBe(
      null,
    );
  });

  it("are replaced by a new save and forgotten on delete", async () => {
    const ann = await signUp();
    await ann.json("/api/ai/keys/openai", { method: "PUT", json: { apiKey: "sk-first-key-1111" } });
    await ann.json("/api/ai/keys/openai", { method: "PUT", json: { apiKey: "sk-second-key-2222" } });
    expect((await ann.json("/api/ai/keys")).body).toMatchObject({ keys: [{ provider: "openai", key: "••••2222" }] });
    expect((await ann.json("/api/ai/keys/openai", { method: "DELETE" })).status).toBe(204);
    expect((await ann.json("/api/ai/keys")).body).toEqual({ keys: [] });
  });

  it("belong to their owner: nobody else sees them", async () => {
    const [ann, bob] = [await signUp(), await signUp()];
    await ann.json("/api/ai/keys/google", { method: "PUT", json: { apiKey: "AIza-google-key-9999" } });
    expect((await bob.json("/api/ai/keys")).body).toEqual({ keys: [] });
    expect((await bob.json("/api/ai/keys/google", { method: "DELETE" })).status).toBe(204);
    expect((await ann.json("/api/ai/keys")).body).toMatchObject({ keys: [{ provider: "google" }] });
  });

  it("need a signed-in person, a known provider and a plausible key", async () => {
    const anonymous = new Client();
    expect((await anonymous.json("/api/ai/keys")).status).toBe(401);
    expect((await anonymous.json("/api/ai/keys/openai", { method: "PUT", json: { apiKey: KEY } })).status).toBe(401);
    const ann = await signUp();
    expect(await ann.json("/api/ai/keys/mystery", { method: "PUT", json: { apiKey: KEY } })).toMatchObject({
      status: 404,
      body: { error: { code: "not_found", message: expect.stringContaining("anthropic, openai, google") } },
    });
    expect(await ann.json("/api/ai/keys/openai", { method: "PUT", json: { apiKey: "short" } })).toMatchObject({
      status: 400,
      body: { error: { code: "validation_failed" } },
    });
    expect(
      (await ann.json("/api/ai/keys/openai", { method: "PUT", json: { apiKey: "has spaces in it" } })).status,
    ).toBe(400);
  });

  it("seal differently each time (a fresh IV), yet open to the same key", async () => {
    const owner = { userId: "u1", provider: "openai" };
    const a = await sealProviderKey("s".repeat(40), owner, KEY);
    const b = await sealProviderKey("s".repeat(40), owner, KEY);
    expect(a).not.toBe(b);
    expect(await openProviderKey("s".repeat(40), owner, b)).toBe(KEY);
    expect(await openProviderKey("s".repeat(40), owner, "v1.garbage.garbage")).toBe(null);
  });

  it("are tested with one models-list call to the vendor, which says whether the key works and never echoes it", async () => {
    const ann = await signUp();
    const good = `sk-good-${crypto.randomUUID()}`;
    await acceptKey("openai", good);
    await ann.json("/api/ai/keys/openai", { method: "PUT", json: { apiKey: good } });
    const works = await ann.json("/api/ai/keys/openai/test", { method: "POST" });
    expect(works).toMatchObject({ status: 200, body: { provider: "openai", ok: true } });

    const bad = `sk-ant-revoked-${crypto.randomUUID()}`;
    await ann.json("/api/ai/keys/anthropic", { method: "PUT", json: { apiKey: bad } });
    const refused = await ann.json("/api/ai/keys/anthropic/test", { method: "POST" });
    expect(refused).toMatchObject({
      status: 200,
      body: { provider: "anthropic", ok: false, code: "invalid_key", message: expect.stringContaining("Anthropic") },
    });
    expect(JSON.stringify([works.body, refused.body])).not.toMatch(/sk-good|sk-ant-revoked/);
  });

  it("cannot be tested before one is saved, nor by someone signed out", async () => {
    const ann = await signUp();
    expect(await ann.json("/api/ai/keys/google/test", { method: "POST" })).toMatchObject({
      status: 404,
      body: { error: { code: "not_found", message: expect.stringContaining("no Google key saved") } },
    });
    expect((await new Client().json("/api/ai/keys/google/test", { method: "POST" })).status).toBe(401);
    expect((await ann.json("/api/ai/keys/mystery/test", { method: "POST" })).status).toBe(404);
  });
});
