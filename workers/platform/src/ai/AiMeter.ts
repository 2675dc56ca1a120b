import { aiUsage, providerKeys, withDatabase } from "@wove/db";
import { DurableObject } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import type { Bindings } from "../AppEnv.ts";
import { logError } from "../log.ts";
import { OneAtATime } from "../OneAtATime.ts";
import { type FlushResult, Outbox } from "../Outbox.ts";
import { platformSpend } from "./platformSpend.ts";
import { readPlatformSpend, type UsageScope } from "./readPlatformSpend.ts";
import { utcDay } from "./utcDay.ts";

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

/** An `ai_usage` row as the Worker hands it over; written to Postgres by `flush`. */
export type UsageRow = typeof aiUsage.$inferInsert;

interface Window {
  start: number;
  count: number;
}

const WINDOW_MS = 60_000;
/** How long recorded usage waits to be written to Postgres with whatever follows it. */
const FLUSH_AFTER_MS = 1_000;
/** Rows written in one INSERT at most. */
const FLUSH_BATCH = 500;

/**
 * One per person (`user:<id>`) and one per project (`project:<id>`): the AI router's hot path
 * asks it instead of Postgres. It counts the per-minute rate limit, keeps the day's spend on
 * the platform's keys, and keeps the person's sealed provider keys, so a chat request costs one
 * call to this object rather than four queries on a fresh database connection.
 *
 * A person's meter also takes their requests' usage rows (`record`): it keeps them in its own
 * SQLite and writes them to Postgres a second later in one INSERT with whatever came meanwhile
 * (`flush`, in an alarm, retried with a back-off while it fails; see Outbox), instead of every
 * request opening a connection of its own after answering.
 *
 * Postgres stays the record. A meter sums a day's spend from `ai_usage` when it first needs it
 * (and after it was evicted), plus, for a person, the rows still waiting here; a project's
 * meter is charged by the Worker as the rows are recorded (`charge`), and is only ever
 * reloaded after a minute or more without requests, long after those rows reached Postgres.
 * A project's usage report trails its people's requests by up to a second. The keys are
 * reloaded after `forgetKeys`, which the key routes call after every change, and this object
 * is the only cache of them.
 */
export class AiMeter extends DurableObject<Bindings> {
  #window: Window | undefined;
  #spend: { day: string; microUsd: number } | undefined;
  #keys: SealedKey[] | undefined;
  /** Loads in flight: calls that arrive during one share it instead of querying again. */
  #loadingSpend: Promise<number> | undefined;
  #loadingKeys: Promise<SealedKey[]> | undefined;
  #chargedWhileLoading = 0;
  /** The writes to Postgres (and spend loads): one at a time, so no row is written twice. */
  #flushing = new OneAtATime();
  /** Usage rows waiting for Postgres. */
  readonly #outbox: Outbox<UsageRow>;
  /**
   * Whether this object's alarm is known to be set (undefined: not known, after a start): a
   * person's every request records usage, and asking storage each time costs the next one.
   */
  #alarmSet: boolean | undefined;

  constructor(ctx: DurableObjectState, env: Bindings) {
    super(ctx, env);
    this.#outbox = new Outbox<UsageRow>(ctx.storage.sql, "usage_outbox");
    this.#adoptLegacyOutbox();
  }

  /** Meters from before the shared Outbox kept their rows in `outbox (seq, row)`: they move over once, in order. */
  #adoptLegacyOutbox(): void {
    const sql = this.ctx.storage.sql;
    if (!sql.exec("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'outbox'").toArray().length) return;
    this.ctx.storage.transactionSync(() => {
      for (const { row } of sql.exec<{ row: string }>("SELECT row FROM outbox ORDER BY seq")) {
        const usage = JSON.parse(row) as UsageRow;
        this.#outbox.add(usage, new Date(usage.createdAt ?? 0).getTime());
      }
      sql.exec("DROP TABLE outbox");
    });
  }

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

  /** Adds a request's cost on the platform's keys (a project's meter; a person's counts in `record`). */
  charge(day: string, microUsd: number): void {
    // Not loaded yet (or another day): the next load sums the saved rows, this one included.
    if (this.#spend?.day === day) this.#spend.microUsd += microUsd;
    else if (this.#loadingSpend) this.#chargedWhileLoading += microUsd;
  }

  /** Takes one request's usage rows (a person's meter): counted now, in Postgres within a second. */
  async record(rows: UsageRow[]): Promise<void> {
    const createdAt = new Date();
    for (const row of rows) this.#outbox.add({ ...row, createdAt }, createdAt.getTime());
    // Straight to the total: during a load, the outbox read counts them.
    if (this.#spend?.day === utcDay(createdAt)) this.#spend.microUsd += platformSpend(rows);
    if (this.#alarmSet) return;
    if ((await this.ctx.storage.getAlarm()) === null) await this.ctx.storage.setAlarm(Date.now() + FLUSH_AFTER_MS);
    this.#alarmSet = true;
  }

  /** Writes the waiting rows to Postgres now (a usage report is about to read it); throws if that fails. */
  async flush(): Promise<void> {
    const result = await this.#flushing.run(() => this.#writeOutbox());
    if (!result.ok) throw result.error;
  }

  override async alarm(): Promise<void> {
    // It fired, so none is set until the next record (or a retry, below) sets one.
    this.#alarmSet = false;
    // Answered, not thrown: the retry is this object's alarm (see #writeOutbox).
    await this.#flushing.run(() => this.#writeOutbox());
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
    // In memory only: writing the count on every request costs CPU (`npm run bench -- ai`), and an object
    // is evicted only after a minute or more without requests, when its window is over anyway.
    const now = Date.now();
    if (!this.#window || now - this.#window.start >= WINDOW_MS) this.#window = { start: now, count: 0 };
    this.#window.count += 1;
    if (this.#window.count <= limit) return { ok: true };
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((this.#window.start + WINDOW_MS - now) / 1000)) };
  }

  async #spentOn(scope: UsageScope, day: string): Promise<number> {
    if (this.#spend?.day === day) return this.#spend.microUsd;
    this.#loadingSpend ??= this.#loadSpend(scope, day).finally(() => (this.#loadingSpend = undefined));
    return this.#loadingSpend;
  }

  /**
   * Postgres's sum plus what waits in the outbox, read in the flush queue so no row moves
   * from one to the other in between; charges arriving meanwhile are added too (a project's
   * may then count twice, the safe side).
   */
  #loadSpend(scope: UsageScope, day: string): Promise<number> {
    this.#chargedWhileLoading = 0;
    return this.#flushing.run(async () => {
      const saved = await withDatabase(this.env, (db) => readPlatformSpend(db, scope, new Date(`${day}T00:00:00Z`)));
      const waiting = this.#waiting().filter((row) => utcDay(new Date(row.createdAt ?? 0)) === day);
      const microUsd = Math.round(saved * 1_000_000) + platformSpend(waiting) + this.#chargedWhileLoading;
      this.#spend = { day, microUsd };
      return microUsd;
    });
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

  /** The rows waiting to be written, oldest first. */
  #waiting(): UsageRow[] {
    return this.#outbox.waiting().map((entry) => entry.body);
  }

  /** A failed write leaves its rows waiting, is logged, and sets the alarm to try again (see Outbox). */
  async #writeOutbox(): Promise<FlushResult> {
    const result = await this.#outbox.flush(async (entries) => {
      const rows = entries.map(({ body }) => ({ ...body, createdAt: new Date(body.createdAt ?? 0) }));
      await withDatabase(this.env, (db) => db.insert(aiUsage).values(rows));
    }, FLUSH_BATCH);
    if (!result.ok) {
      logError("ai meter: writing usage rows to Postgres failed; retrying", result.error, {
        meter: this.ctx.id.name,
        retryAt: new Date(result.retryAt).toISOString(),
      });
      await this.ctx.storage.setAlarm(result.retryAt);
      this.#alarmSet = true;
    }
    return result;
  }
}
