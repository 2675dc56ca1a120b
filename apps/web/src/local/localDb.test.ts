import "fake-indexeddb/auto";
import { Dexie } from "dexie";
import { describe, expect, it } from "vitest";
import { createLocalDb } from "./localDb.ts";

describe("the local database", () => {
  it("gives projects cached before answers carried can one that keeps offline editing to editors", async () => {
    const name = `wove-upgrade-${Math.random()}`;
    // The database as the first shipped version left it: rows without `can`.
    const old = new Dexie(name);
    old.version(1).stores({ projects: "id", profile: "id", settings: "key", outbox: "++id" });
    const row = (id: string, role: string | null) => ({ id, name: id, role, visibility: "private", cachedAt: 1 });
    await old.table("projects").bulkPut([row("mine", "editor"), row("seen", "viewer"), row("visited", null)]);
    old.close();

    const db = createLocalDb(name);
    const rows = await db.projects.toArray();
    expect(Object.fromEntries(rows.map((p) => [p.id, p.can.edit]))).toEqual({
      mine: true,
      seen: false,
      visited: false,
    });
    expect(rows.every((p) => !p.can.deploy && !p.can.manage && p.forkedFrom === null)).toBe(true);
    db.close();
  });
});
