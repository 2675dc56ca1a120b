import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it } from "vitest";
import { ApiRequestError, networkError } from "../api/ApiRequestError.ts";
import type { ProjectList } from "../api/Project.ts";
import { localDb } from "../local/localDb.ts";
import { fakeProject } from "./fakeProject.ts";
import { loadProjectList } from "./loadProjectList.ts";

const answers = (list: ProjectList) => async () => list;
const fails = (err: Error) => async (): Promise<never> => {
  throw err;
};

beforeEach(async () => {
  await Promise.all(localDb.tables.map((table) => table.clear()));
});

describe("loadProjectList", () => {
  it("answers the server's list and saves it for the next time there is no network", async () => {
    const online = await loadProjectList(
      "me",
      "owned",
      undefined,
      answers({ projects: [fakeProject("a", "me")], nextCursor: null }),
    );
    expect(online).toMatchObject({ fromCache: false, projects: [{ id: "a" }] });

    const offline = await loadProjectList("me", "owned", undefined, fails(networkError(false)));
    expect(offline).toEqual({ fromCache: true, nextCursor: null, projects: [expect.objectContaining({ id: "a" })] });
  });

  it("shows the server's refusal instead of saved projects", async () => {
    await loadProjectList("me", "owned", undefined, answers({ projects: [fakeProject("a", "me")], nextCursor: null }));
    await expect(
      loadProjectList("me", "owned", undefined, fails(new ApiRequestError(401, "unauthenticated", "Sign in"))),
    ).rejects.toMatchObject({ status: 401 });
  });
});
