import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it } from "vitest";
import { fakeProject } from "../dashboard/fakeProject.ts";
import { cacheProject, forgetCachedProject, getCachedProject } from "./cacheProject.ts";
import { listCachedProjects, storeProjectList } from "./cachedProjectList.ts";
import { localDb } from "./localDb.ts";
import { queueProject } from "./queueProject.ts";

beforeEach(async () => {
  await Promise.all(localDb.tables.map((table) => table.clear()));
});

describe("the project cache", () => {
  it("answers a project as the server last sent it", async () => {
    await cacheProject(fakeProject("a", "me", { name: "Alpha" }), 42);
    expect(await getCachedProject("a")).toMatchObject({ id: "a", name: "Alpha", cachedAt: 42, pending: false });
    expect(await getCachedProject("nope")).toBeUndefined();
  });

  it("forgets a project the server no longer shows, but never one still waiting to be sent", async () => {
    await cacheProject(fakeProject("gone", "me"));
    await queueProject({ id: "local0000000000a", name: "Local", visibility: "private" }, { id: "me", name: "Me" });
    await forgetCachedProject("gone");
    await forgetCachedProject("local0000000000a");
    expect(await getCachedProject("gone")).toBeUndefined();
    expect(await getCachedProject("local0000000000a")).toMatchObject({ pending: true });
  });

  it("lists what it saved for each dashboard list, newest first, leaving pending ones out", async () => {
    await storeProjectList(
      "me",
      "owned",
      [
        fakeProject("old", "me", { updatedAt: "2026-01-01T00:00:00.000Z" }),
        fakeProject("new", "me", { updatedAt: "2026-02-01T00:00:00.000Z" }),
      ],
      true,
    );
    await storeProjectList("me", "shared", [fakeProject("theirs", "bob")], true);
    await queueProject({ id: "local0000000000a", name: "Local", visibility: "private" }, { id: "me", name: "Me" });

    const owned = await listCachedProjects("me", "owned");
    expect(owned).toEqual({
      projects: [expect.objectContaining({ id: "new" }), expect.objectContaining({ id: "old" })],
      nextCursor: null,
    });
    expect((await listCachedProjects("me", "shared")).projects.map((p) => p.id)).toEqual(["theirs"]);
  });

  it("drops projects missing from a complete list, and only from that list", async () => {
    await storeProjectList("me", "owned", [fakeProject("kept", "me"), fakeProject("deleted", "me")], true);
    await storeProjectList("me", "shared", [fakeProject("theirs", "bob")], true);

    await storeProjectList("me", "owned", [fakeProject("kept", "me")], true);

    expect(await getCachedProject("deleted")).toBeUndefined();
    expect(await getCachedProject("kept")).toBeDefined();
    expect(await getCachedProject("theirs")).toBeDefined();
  });

  it("keeps projects missing from a page when more pages follow", async () => {
    await storeProjectList("me", "owned", [fakeProject("on-page-2", "me")], true);
    await storeProjectList("me", "owned", [fakeProject("on-page-1", "me")], false);
    expect(await getCachedProject("on-page-2")).toBeDefined();
  });
});
