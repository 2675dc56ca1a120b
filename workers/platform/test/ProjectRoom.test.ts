import { evictDurableObject, runInDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { ProjectRoom } from "../src/rooms/ProjectRoom.ts";
import { roomInfo } from "./lib/roomInfo.ts";

describe("ProjectRoom", () => {
  it("is a SQLite-backed Durable Object that takes its project from its name and keeps it across eviction", async () => {
    const stub = env.ROOMS.getByName("project-1");
    const first = await roomInfo(stub);
    expect(first.projectId).toBe("project-1");
    expect(Date.parse(first.createdAt ?? "")).not.toBeNaN();

    await evictDurableObject(stub);
    expect(await roomInfo(stub)).toEqual(first);

    const tables = await runInDurableObject(stub, (room: ProjectRoom, state) => {
      expect(room).toBeInstanceOf(ProjectRoom);
      return state.storage.sql.exec<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").toArray();
    });
    expect(tables.map((t) => t.name)).toContain("room_meta");
  });
});
