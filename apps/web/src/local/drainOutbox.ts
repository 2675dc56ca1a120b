import { backoffDelay, type Backoff } from "@wove/sync";
import { asApiRequestError } from "../api/ApiRequestError.ts";
import { describeFormError } from "../api/describeFormError.ts";
import type { Project } from "../api/Project.ts";
import { isRetryable } from "./isRetryable.ts";
import { localDb, type CreateProjectBody, type OutboxEntry, type OutboxError } from "./localDb.ts";

/** Sends one queued create: `projectsApi.create` in the app, a fake in tests. */
export type SendCreate = (body: CreateProjectBody) => Promise<Project>;

export interface DrainOptions {
  /** Only this person's actions are sent: they were taken in their name. */
  userId: string;
  now?: () => number;
  /** Send entries still backing off (the network just came back). */
  ignoreBackoff?: boolean;
  /** Waits between attempts of one entry; the server's Retry-After wins when longer. */
  backoff?: Backoff;
  random?: () => number;
}

export interface DrainReport {
  /** Entries the server accepted (removed from the outbox). */
  sent: number;
  /** Entries the server refused for good in this pass: kept, with `lastError`, for Retry or Discard. */
  refused: number;
  /** When the first entry still waiting is due (ms since the epoch); null when none waits. */
  nextAttemptAt: number | null;
}

/** A second, then doubling to five minutes: an outage is usually short, a dead server is not hammered. */
export const OUTBOX_BACKOFF: Backoff = { initialMs: 1_000, maxMs: 5 * 60_000 };

/**
 * One pass over the outbox: sends `userId`'s entries in the order they were queued and
 * removes each the server accepts, storing its answer as the cached project. A retryable
 * failure (no answer, 5xx, 429, 401) stops the pass, so later entries never overtake an
 * earlier one, and backs the entry off; a refusal for good (another 4xx) is recorded on the
 * entry, which then waits for the person's Retry or Discard while the others go on.
 */
export async function drainOutbox(send: SendCreate, options: DrainOptions): Promise<DrainReport> {
  const { userId, now = Date.now, ignoreBackoff = false } = options;
  const entries = (await localDb.outbox.toArray()).filter((entry) => entry.userId === userId);
  const report: DrainReport = { sent: 0, refused: 0, nextAttemptAt: null };
  for (const entry of entries) {
    if (entry.lastError && !entry.lastError.retryable) continue;
    if (!ignoreBackoff && entry.nextAttemptAt > now()) return { ...report, nextAttemptAt: entry.nextAttemptAt };
    let project: Project;
    try {
      project = await send(entry.body);
    } catch (err) {
      const failed = await recordFailure(entry, err, now(), options);
      if (failed.retryable) return { ...report, nextAttemptAt: failed.nextAttemptAt };
      report.refused++;
      continue;
    }
    await localDb.transaction("rw", localDb.outbox, localDb.projects, async () => {
      await localDb.outbox.delete(entry.id);
      await localDb.projects.put({ ...project, cachedAt: now(), pending: false });
    });
    report.sent++;
  }
  return report;
}

async function recordFailure(
  entry: OutboxEntry,
  err: unknown,
  at: number,
  { backoff = OUTBOX_BACKOFF, random = Math.random }: DrainOptions,
): Promise<{ retryable: boolean; nextAttemptAt: number }> {
  const apiError = asApiRequestError(err);
  const { code, retryAfterSeconds = 0 } = apiError;
  // A refused body's field messages ("name: Name is required") say more than its summary.
  const message = describeFormError(apiError, []).summary ?? apiError.message;
  const lastError: OutboxError = { code, message, retryable: isRetryable(err) };
  const nextAttemptAt = lastError.retryable
    ? at + Math.max(backoffDelay(entry.attempts, backoff, random), retryAfterSeconds * 1000)
    : Number.POSITIVE_INFINITY;
  // The entry may have been discarded while it was being sent; update() then changes nothing.
  await localDb.outbox.update(entry.id, { attempts: entry.attempts + 1, lastError, nextAttemptAt });
  return { retryable: lastError.retryable, nextAttemptAt };
}
