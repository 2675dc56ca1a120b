import { describe, expect, it } from "vitest";
import { fakeProject } from "../dashboard/fakeProject.ts";
import type { CachedProject } from "./localDb.ts";
import { selectCachedProjects, staleProjectIds } from "./selectCachedProjects.ts";

const row = (id: string, ownerId: string, updatedAt: string, pending = false): CachedProject => ({
  ...fakeProject(id, ownerId, { updatedAt }),
  cachedAt: 0,
  pending,
});

describe("selectCachedProjects", () => {
  const rows = [
    row("a", "me", "2026-01-01T00:00:00.000Z"),
    row("b", "me", "2026-03-01T00:00:00.000Z"),
    row("c", "me", "2026-03-01T00:00:00.000Z"),
    row("shared", "bob", "2026-02-01T00:00:00.000Z"),
    row("local", "me", "2026-04-01T00:00:00.000Z", true),
  ];

  it("orders a list like the server: most recently updated, then by id, both descending", () => {
    expect(selectCachedProjects(rows, "me", "owned").map((p) => p.id)).toEqual(["c", "b", "a"]);
    expect(selectCachedProjects(rows, "me", "shared").map((p) => p.id)).toEqual(["shared"]);
  });

  it("finds the saved projects a complete list no longer holds, in that list only", () => {
    expect(staleProjectIds(rows, [{ id: "a" }], "me", "owned")).toEqual(["b", "c"]);
    expect(staleProjectIds(rows, [], "me", "shared")).toEqual(["shared"]);
  });
});
