import { evictDurableObject, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { ProjectRoom } from "../src/rooms/ProjectRoom.ts";

describe("ProjectRoom", () => {
  it("is a SQLite-backed Durable Object that keeps its identity across eviction", async () => {
    const stub = env.ROOMS.getByName("project-1");
    const first = await stub.info("project-1");
    expect(first.projectId).toBe("project-1");
    expect(Date.parse(first.createdAt)).not.toBeNaN();

    await evictDurableObject(stub);
    const again = await stub.info("someone-else");
    expect(again).toEqual(first);

    const tables = await runInDurableObject(stub, (room: ProjectRoom, state) => {
      expect(room).toBeInstanceOf(ProjectRoom);
      return state.storage.sql.exec<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").toArray();
    });
    expect(tables.map((t) => t.name)).toContain("room_meta");
  });
});
