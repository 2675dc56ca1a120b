import { evictDurableObject, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { createDb, projectFiles } from "@wove/db";
import { createFile, filesOf, moveFolder, renameFile, textOf } from "@wove/protocol";
import { eq, sql } from "drizzle-orm";
import * as Y from "yjs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SNAPSHOT_EVERY_MS } from "../src/rooms/ExportWindow.ts";
import { signUp } from "./lib/Client.ts";
import { readRoomFile } from "./lib/roomInfo.ts";
import { RoomPeer } from "./lib/RoomPeer.ts";

async function projectWithPeer() {
  const owner = await signUp();
  const id = (
    await owner.json<{ id: string }>("/api/projects", {
      method: "POST",
      json: { name: "Export", visibility: "private" },
    })
  ).body.id;
  return { owner, id, peer: await RoomPeer.join(owner, id), stub: env.ROOMS.getByName(id) };
}

/**
 * Each row with its xmin, the id of the transaction that last wrote it: a row the export
 * did not write keeps its xmin, whatever its values.
 */
async function rowsOf(id: string) {
  const { db, pool } = createDb(env);
  try {
    const rows = await db
      .select({
        fileId: projectFiles.fileId,
        path: projectFiles.path,
        size: projectFiles.size,
        updatedAt: projectFiles.updatedAt,
        xmin: sql<string>`xmin::text`,
      })
      .from(projectFiles)
      .where(eq(projectFiles.projectId, id))
      .orderBy(projectFiles.path);
    return new Map(rows.map((r) => [r.fileId, r]));
  } finally {
    await pool.end();
  }
}

/** A CHECK constraint Postgres enforces on new rows of this project only (NOT VALID skips the old ones). */
const constraints: string[] = [];
async function refuseRows(id: string, where: string): Promise<void> {
  if (!/^[\w-]+$/.test(id)) throw new Error(`unexpected project id ${id}`);
  const name = `export_test_${constraints.length}_${Date.now()}`;
  constraints.push(name);
  await withDb((db) =>
    db.execute(
      sql.raw(
        `ALTER TABLE project_files ADD CONSTRAINT ${name} CHECK (project_id <> '${id}' OR NOT (${where})) NOT VALID`,
      ),
    ),
  );
}

async function withDb<T>(work: (db: ReturnType<typeof createDb>["db"]) => Promise<T>): Promise<T> {
  const { db, pool } = createDb(env);
  try {
    return await work(db);
  } finally {
    await pool.end();
  }
}

async function settled(stub: ReturnType<typeof env.ROOMS.getByName>, files: number) {
  await expect.poll(() => stub.listFiles().then((f) => f.length)).toBe(files);
}

const waitingChanges = (stub: ReturnType<typeof env.ROOMS.getByName>) =>
  runInDurableObject(stub, (_room, state) => state.storage.sql.exec("SELECT count(*) AS n FROM file_outbox").one().n);

afterEach(async () => {
  vi.restoreAllMocks();
  for (const name of constraints.splice(0)) {
    await withDb((db) => db.execute(sql.raw(`ALTER TABLE project_files DROP CONSTRAINT IF EXISTS ${name}`)));
  }
});

describe("room export", () => {
  it("writes only the rows of files that changed, moved or went", async () => {
    const { id, peer, stub } = await projectWithPeer();
    for (let i = 0; i < 20; i++) createFile(peer.doc, { path: `src/f${i}.ts`, text: `${i}`, id: `file-${i}` });
    createFile(peer.doc, { path: "README.md", text: "hi", id: "file-readme" });
    await settled(stub, 21);
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    const first = await rowsOf(id);
    expect(first.size).toBe(21);

    // One file of many edited: only its row is written.
    textOf(peer.doc, "file-3")?.insert(1, "33");
    await expect.poll(() => readRoomFile(stub, "src/f3.ts")).toBe("333");
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    const edited = await rowsOf(id);
    const rewritten = [...edited.values()].filter((r) => r.xmin !== first.get(r.fileId)?.xmin).map((r) => r.fileId);
    expect(rewritten).toEqual(["file-3"]);
    expect(edited.get("file-3")?.size).toBe(3);
    expect(edited.get("file-3")!.updatedAt.getTime()).toBeGreaterThan(first.get("file-3")!.updatedAt.getTime());

    // A folder renamed (SPEC D6): every file under it gets its new path, the rest is untouched.
    moveFolder(peer.doc, "src", "lib");
    await expect.poll(() => readRoomFile(stub, "lib/f0.ts")).toBe("0");
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    const moved = await rowsOf(id);
    expect([...moved.values()].filter((r) => r.fileId !== "file-readme").every((r) => r.path.startsWith("lib/"))).toBe(
      true,
    );
    expect(moved.get("file-7")?.path).toBe("lib/f7.ts");
    expect(moved.get("file-readme")?.xmin).toBe(edited.get("file-readme")?.xmin);

    // A deleted file's row goes.
    filesOf(peer.doc).delete("file-5");
    await settled(stub, 20);
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    const after = await rowsOf(id);
    expect(after.has("file-5")).toBe(false);
    expect(after.size).toBe(20);
    expect(after.get("file-readme")?.xmin).toBe(edited.get("file-readme")?.xmin);
    peer.close();
  });

  it("still knows what Postgres holds after the room is evicted, and writes only what changed", async () => {
    const { id, peer, stub } = await projectWithPeer();
    for (const n of [1, 2, 3]) createFile(peer.doc, { path: `f${n}.txt`, text: `${n}`, id: `file-${n}` });
    await settled(stub, 3);
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    const first = await rowsOf(id);
    await evictDurableObject(stub, { webSockets: "hibernate" });
    textOf(peer.doc, "file-2")?.insert(0, "2");
    await expect.poll(() => readRoomFile(stub, "f2.txt")).toBe("22");
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    const after = await rowsOf(id);
    expect([...after.values()].filter((r) => r.xmin !== first.get(r.fileId)?.xmin).map((r) => r.fileId)).toEqual([
      "file-2",
    ]);
    peer.close();
  });

  it("removes rows Postgres holds for files the document lacks, on a room's first export", async () => {
    const { id, peer, stub } = await projectWithPeer();
    // As a room from before it kept track of its rows would have left them.
    await withDb((db) =>
      db
        .insert(projectFiles)
        .values({ projectId: id, fileId: "file-stale", path: "old.txt", kind: "text", size: 1, updatedAt: new Date() }),
    );
    createFile(peer.doc, { path: "new.txt", text: "n", id: "file-new" });
    await settled(stub, 1);
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect([...(await rowsOf(id)).keys()]).toEqual(["file-new"]);
    peer.close();
  });

  it("keeps every change when Postgres refuses the whole export, and writes them on a later try", async () => {
    const { id, peer, stub } = await projectWithPeer();
    createFile(peer.doc, { path: "a.txt", text: "a", id: "file-a" });
    await settled(stub, 1);
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    await refuseRows(id, "true");
    const errors = vi.spyOn(console, "error");

    textOf(peer.doc, "file-a")?.insert(1, "aa");
    createFile(peer.doc, { path: "b.txt", text: "b", id: "file-b" });
    await settled(stub, 2);
    await expect.poll(() => readRoomFile(stub, "a.txt")).toBe("aaa");
    // Answered, not thrown: the alarm also closes expired sockets, and sets itself again.
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect([...(await rowsOf(id)).values()].map((r) => [r.path, r.size])).toEqual([["a.txt", 1]]);
    expect(await waitingChanges(stub)).toBe(2);
    expect(errors.mock.calls.map(([line]) => String(line)).join("\n")).toMatch(
      /room export: writing the file list to Postgres failed; retrying.*"projectId":"[^"]+","files":2/,
    );
    const retryAt = await runInDurableObject(stub, (_room, state) => state.storage.getAlarm());
    expect(retryAt).toBeGreaterThan(Date.now() - 1_000);

    for (const name of constraints.splice(0)) {
      await withDb((db) => db.execute(sql.raw(`ALTER TABLE project_files DROP CONSTRAINT ${name}`)));
    }
    await expect
      .poll(
        async () => {
          await runDurableObjectAlarm(stub);
          return [...(await rowsOf(id)).values()].map((r) => [r.path, r.size]);
        },
        { timeout: 20_000, interval: 500 },
      )
      .toEqual([
        ["a.txt", 3],
        ["b.txt", 1],
      ]);
    expect(await waitingChanges(stub)).toBe(0);
    peer.close();
  });

  it("writes the other files when Postgres refuses one row, and that one once it changes", async () => {
    const { id, peer, stub } = await projectWithPeer();
    await refuseRows(id, "path = 'refused.txt'");
    const errors = vi.spyOn(console, "error");
    createFile(peer.doc, { path: "a.txt", text: "a", id: "file-a" });
    createFile(peer.doc, { path: "refused.txt", text: "r", id: "file-r" });
    createFile(peer.doc, { path: "b.txt", text: "b", id: "file-b" });
    await settled(stub, 3);
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect([...(await rowsOf(id)).keys()]).toEqual(["file-a", "file-b"]);
    expect(await waitingChanges(stub)).toBe(0);
    expect(errors.mock.calls.map(([line]) => String(line)).join("\n")).toMatch(
      /Postgres refused a file's row.*"fileId":"file-r","path":"\\"refused.txt\\""/,
    );

    // Parked, not retried on every export: the next one writes just the file that changed.
    textOf(peer.doc, "file-a")?.insert(1, "!");
    await expect.poll(() => readRoomFile(stub, "a.txt")).toBe("a!");
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect((await rowsOf(id)).get("file-a")?.size).toBe(2);

    renameFile(peer.doc, "file-r", "accepted.txt");
    await expect.poll(() => readRoomFile(stub, "accepted.txt")).toBe("r");
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect((await rowsOf(id)).get("file-r")?.path).toBe("accepted.txt");
    peer.close();
  });

  it("writes the R2 snapshot when the last person leaves, not on every export window", async () => {
    const { id, peer, stub } = await projectWithPeer();
    createFile(peer.doc, { path: "app.js", text: "console.log(1)", id: "file-js" });
    await settled(stub, 1);
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect((await rowsOf(id)).size).toBe(1);
    expect(await env.BLOBS.head(`rooms/${id}/snapshot.yjs`)).toBeNull();

    peer.close();
    await expect
      .poll(async () => {
        await runDurableObjectAlarm(stub);
        return env.BLOBS.head(`rooms/${id}/snapshot.yjs`);
      })
      .not.toBeNull();
    const snapshot = await env.BLOBS.get(`rooms/${id}/snapshot.yjs`);
    const restored = new Y.Doc();
    Y.applyUpdate(restored, new Uint8Array(await snapshot!.arrayBuffer()));
    expect(textOf(restored, "file-js")?.toString()).toBe("console.log(1)");
  });

  it("writes the R2 snapshot on its slow cadence while people stay", async () => {
    const { id, peer, stub } = await projectWithPeer();
    createFile(peer.doc, { path: "app.js", text: "one", id: "file-js" });
    await settled(stub, 1);
    // As if the last snapshot were a cadence ago, and the room evicted since.
    await runInDurableObject(stub, (_room, state) =>
      state.storage.sql.exec(
        "INSERT OR REPLACE INTO room_meta (key, value) VALUES ('snapshot_at', ?)",
        String(Date.now() - SNAPSHOT_EVERY_MS - 1),
      ),
    );
    await evictDurableObject(stub, { webSockets: "hibernate" });
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    const snapshot = await env.BLOBS.get(`rooms/${id}/snapshot.yjs`);
    const restored = new Y.Doc();
    Y.applyUpdate(restored, new Uint8Array(await snapshot!.arrayBuffer()));
    expect(textOf(restored, "file-js")?.toString()).toBe("one");
    expect(peer.closed).toBeNull();
    peer.close();
  });
});
