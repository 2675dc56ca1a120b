import { providerKeys, withDatabase } from "@wove/db";
import { DurableObject } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import type { Bindings } from "../AppEnv.ts";
import { readPlatformSpend, type UsageScope } from "./readPlatformSpend.ts";

/** A person's saved provider key as stored: still sealed (see providerKeyCipher.ts). */
export type SealedKey = Pick<typeof providerKeys.$inferSelect, "provider" | "sealed">;

export interface AdmitRequest {
  scope: UsageScope;
  /** The UTC day the request falls in, `YYYY-MM-DD`: spend resets when it changes. */
  day: string;
  /** Counted and enforced when set (person meters); null counts nothing (project meters). */
  requestsPerMinute: number | null;
  /** Whether the caller needs the day's spend (a budget applies). */
  spend: boolean;
  /** Whether the caller needs the person's sealed keys (AI_KEYS_SECRET is set). */
  keys: boolean;
}

export type Admission = { ok: true; spentUsd: number; keys: SealedKey[] } | { ok: false; retryAfterSeconds: number };

interface Window {
  start: number;
  count: number;
}

const WINDOW_MS = 60_000;

/**
 * One per person (`user:<id>`) and one per project (`project:<id>`): the AI router's hot path
 * asks it instead of Postgres. It counts the per-minute rate limit, keeps the day's spend on
 * the platform's keys, and keeps the person's sealed provider keys, so a chat request costs one
 * call to this object rather than four queries on a fresh database connection.
 *
 * Postgres stays the record: the spend is summed from `ai_usage` when the object first needs it
 * each day (and after the object was evicted), then kept current by `charge`, which the Worker
 * calls after inserting each request's usage rows. Saving before charging means a reload can at
 * worst count a request twice, never miss it. The keys are reloaded after `forgetKeys`, which
 * the key routes call after every change, and this object is the only cache of them.
 */
export class AiMeter extends DurableObject<Bindings> {
  #window: Window | undefined;
  #spend: { day: string; microUsd: number } | undefined;
  #keys: SealedKey[] | undefined;
  /** Loads in flight: calls that arrive during one share it instead of querying again. */
  #loadingSpend: Promise<number> | undefined;
  #loadingKeys: Promise<SealedKey[]> | undefined;

  /** Counts one request and answers what the Worker needs to route it, or how long to wait. */
  async admit(request: AdmitRequest): Promise<Admission> {
    if (request.requestsPerMinute !== null) {
      const hit = this.#hit(request.requestsPerMinute);
      if (!hit.ok) return hit;
    }
    const [spentMicroUsd, keys] = await Promise.all([
      request.spend ? this.#spentOn(request.scope, request.day) : 0,
      request.keys && "userId" in request.scope ? this.#keysOf(request.scope.userId) : [],
    ]);
    return { ok: true, spentUsd: spentMicroUsd / 1_000_000, keys };
  }

  /** Adds a request's cost on the platform's keys, already saved to `ai_usage`. */
  charge(day: string, microUsd: number): void {
    // Not loaded yet (or another day): the next load sums the saved rows, this one included.
    if (this.#spend?.day === day) this.#spend.microUsd += microUsd;
  }

  /** The person's sealed keys, without counting a request (the model list). */
  sealedKeys(userId: string): Promise<SealedKey[]> {
    return this.#keysOf(userId);
  }

  /** The person's keys changed: read them again on the next request. */
  forgetKeys(): void {
    this.#keys = undefined;
    this.#loadingKeys = undefined;
  }

  #hit(limit: number): { ok: true } | { ok: false; retryAfterSeconds: number } {
    // In memory only: writing the count on every request cost ~0.6 ms of CPU, and an object
    // is evicted only after a minute or more without requests, when its window is over anyway.
    const now = Date.now();
    if (!this.#window || now - this.#window.start >= WINDOW_MS) this.#window = { start: now, count: 0 };
    this.#window.count += 1;
    if (this.#window.count <= limit) return { ok: true };
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((this.#window.start + WINDOW_MS - now) / 1000)) };
  }

  async #spentOn(scope: UsageScope, day: string): Promise<number> {
    if (this.#spend?.day === day) return this.#spend.microUsd;
    this.#loadingSpend ??= withDatabase(this.env, async (db) => {
      const microUsd = Math.round((await readPlatformSpend(db, scope, new Date(`${day}T00:00:00Z`))) * 1_000_000);
      this.#spend = { day, microUsd };
      return microUsd;
    }).finally(() => (this.#loadingSpend = undefined));
    return this.#loadingSpend;
  }

  async #keysOf(userId: string): Promise<SealedKey[]> {
    if (this.#keys) return this.#keys;
    const loading = (this.#loadingKeys ??= withDatabase(this.env, (db) =>
      db
        .select({ provider: providerKeys.provider, sealed: providerKeys.sealed })
        .from(providerKeys)
        .where(eq(providerKeys.userId, userId)),
    ));
    const keys = await loading;
    // A forgetKeys during the load made this read stale: keep it for this call only.
    if (this.#loadingKeys === loading) this.#keys = keys;
    return keys;
  }
}
