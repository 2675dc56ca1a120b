import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it } from "vitest";
import { ApiRequestError, networkError } from "../api/ApiRequestError.ts";
import type { Project } from "../api/Project.ts";
import { fakeProject } from "../dashboard/fakeProject.ts";
import { cacheProject, getCachedProject } from "./cacheProject.ts";
import { loadProject } from "./loadProject.ts";
import { localDb } from "./localDb.ts";
import { queueProject } from "./queueProject.ts";

const answers = (project: Project) => async () => project;
const fails = (err: Error) => async (): Promise<never> => {
  throw err;
};

beforeEach(async () => {
  await Promise.all(localDb.tables.map((table) => table.clear()));
});

describe("loadProject", () => {
  it("answers the server's project and saves it", async () => {
    const loaded = await loadProject("a", undefined, answers(fakeProject("a", "me", { name: "Fresh" })));
    expect(loaded).toMatchObject({ fromCache: false, pending: false, project: { name: "Fresh" } });
    expect((await getCachedProject("a"))?.name).toBe("Fresh");
  });

  it("answers this device's copy, marked, when the server cannot be reached", async () => {
    await cacheProject(fakeProject("a", "me", { name: "Saved" }));
    const loaded = await loadProject("a", undefined, fails(networkError(false)));
    expect(loaded).toMatchObject({ fromCache: true, pending: false, project: { name: "Saved" } });
  });

  it("fails as before when the server cannot be reached and nothing is saved", async () => {
    await expect(loadProject("a", undefined, fails(networkError(false)))).rejects.toMatchObject({ code: "network" });
  });

  it("drops the copy when the server says the project is gone or forbidden", async () => {
    await cacheProject(fakeProject("gone", "me"));
    await cacheProject(fakeProject("forbidden", "me"));
    await expect(loadProject("gone", undefined, fails(new ApiRequestError(404, "not_found", "No")))).rejects.toThrow();
    await expect(
      loadProject("forbidden", undefined, fails(new ApiRequestError(403, "forbidden", "No"))),
    ).rejects.toThrow();
    expect(await getCachedProject("gone")).toBeUndefined();
    expect(await getCachedProject("forbidden")).toBeUndefined();
  });

  it("keeps the copy on other failures", async () => {
    await cacheProject(fakeProject("a", "me"));
    await expect(
      loadProject("a", undefined, fails(new ApiRequestError(500, "internal_error", "Oops"))),
    ).rejects.toThrow();
    expect(await getCachedProject("a")).toBeDefined();
  });

  it("answers a project made here and not yet sent, whatever the server says", async () => {
    const { id } = await queueProject(
      { id: "local0000000000a", name: "Local", visibility: "private" },
      { id: "me", name: "Me" },
    );
    const loaded = await loadProject(id, undefined, fails(new ApiRequestError(404, "not_found", "No")));
    expect(loaded).toMatchObject({ fromCache: true, pending: true, project: { name: "Local" } });
    expect(await getCachedProject(id)).toBeDefined();
  });
});
