import { validatePath } from "@wove/protocol";
import type { RoomFile } from "./RoomFile.ts";

/** A file's row as the room last wrote it to Postgres (or as Postgres refused it). */
export interface ExportedFile {
  path: string;
  kind: RoomFile["kind"];
  size: number;
  /** Postgres refused this row: it is tried again once the file changes, not every export. */
  refused: boolean;
}

export interface ExportPlan {
  /** Rows to write; `changedAt` null when only the row moved (its change time stays). */
  upserts: Array<RoomFile & { changedAt: number | null }>;
  /** File ids whose rows go: deleted from the document, or their path is now invalid. */
  removed: string[];
  /**
   * The room does not know what Postgres holds (a room from before it kept track): every
   * file is written and every other row of the project goes.
   */
  reconcile: boolean;
  /** Files left out because their path breaks SPEC D3, among those changed (to log once). */
  invalid: RoomFile[];
}

/**
 * Which rows an export writes. A file's row holds its resolved path, so a row is due when
 * its content changed (`changes`) or when its path, kind or size differs from what was
 * written last (`exported`): that is how a move shows, whether the file's own entry moved,
 * its folder did (SPEC D6 rewrites each file's path), or a conflict elsewhere resolved
 * differently (SPEC D5 renames the losing entry without touching it). Files keyed by id
 * and paths resolved here make "moved" simply "its row would read differently".
 */
export function planExport(
  files: RoomFile[],
  exported: ReadonlyMap<string, ExportedFile> | null,
  changes: ReadonlyMap<string, number>,
): ExportPlan {
  const plan: ExportPlan = { upserts: [], removed: [], reconcile: exported === null, invalid: [] };
  const present = new Set<string>();
  for (const file of files) {
    if (validatePath(file.path) !== null) {
      if (changes.has(file.id)) plan.invalid.push(file);
      continue;
    }
    present.add(file.id);
    const changedAt = changes.get(file.id) ?? null;
    const last = exported?.get(file.id);
    const moved = !last || last.path !== file.path || last.kind !== file.kind || last.size !== file.size;
    if (changedAt !== null || moved) plan.upserts.push({ ...file, changedAt });
  }
  for (const id of exported?.keys() ?? []) if (!present.has(id)) plan.removed.push(id);
  return plan;
}
