import { Dexie, type EntityTable } from "dexie";
import type { Project } from "../api/Project.ts";
import type { NewProject } from "../api/projectsApi.ts";
import type { SessionUser } from "../auth/authClient.ts";
import { canOfCachedRow } from "./canOfCachedRow.ts";

/**
 * The browser's metadata, kept so Wove works with no network: the projects this device
 * has seen, the signed-in person, settings, and the actions taken offline. Documents are
 * not here: y-indexeddb keeps each project's Y.Doc in its own database, `wove:<projectId>`.
 */

/** A project as this device last saw it. */
export interface CachedProject extends Project {
  /** When it was stored, in ms since the epoch. */
  cachedAt: number;
  /** Created on this device and not yet on the server (its create waits in the outbox). */
  pending: boolean;
}

/** The person last seen signed in on this device; the table holds at most one row. */
export type CachedProfile = SessionUser & { cachedAt: number };

export interface SettingRow {
  key: string;
  value: unknown;
}

/** A body for `POST /api/projects` whose id is already chosen. */
export type CreateProjectBody = NewProject & { id: string };

/** Why the last attempt failed; `retryable: false` means the server refused it for good. */
export interface OutboxError {
  code: string;
  message: string;
  retryable: boolean;
}

/** An action taken offline, sent in `id` order when the network returns. */
export interface OutboxEntry {
  /** Auto-incremented: the order the actions were taken in. */
  id: number;
  kind: "createProject";
  body: CreateProjectBody;
  /** Who took the action: only their session may send it. */
  userId: string;
  createdAt: number;
  attempts: number;
  /** Not sent before this time (ms since the epoch): the backoff after a failure. */
  nextAttemptAt: number;
  lastError: OutboxError | null;
}

export type LocalDb = Dexie & {
  projects: EntityTable<CachedProject, "id">;
  profile: EntityTable<CachedProfile, "id">;
  settings: EntityTable<SettingRow, "key">;
  outbox: EntityTable<OutboxEntry, "id">;
};

/**
 * Opens (lazily, on first use) the metadata database. A schema change is a new
 * `version(n)` below the others, never an edit of a shipped one: browsers upgrade in place.
 */
export function createLocalDb(name = "wove"): LocalDb {
  const db = new Dexie(name) as LocalDb;
  db.version(1).stores({
    projects: "id",
    profile: "id",
    settings: "key",
    outbox: "++id",
  });
  // Answers now say what the caller may do (`can`); rows cached before that get it here.
  db.version(2).upgrade((tx) =>
    tx
      .table<CachedProject, string>("projects")
      .toCollection()
      .modify((row) => {
        row.can ??= canOfCachedRow(row.role);
        row.forkedFrom ??= null;
      }),
  );
  return db;
}

/** The app's database; tests load `fake-indexeddb/auto` before importing this. */
export const localDb = createLocalDb();
