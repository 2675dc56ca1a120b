import { describe, expect, it } from "vitest";
import { fakeProject } from "../../dashboard/fakeProject.ts";
import { projectPatch } from "./projectPatch.ts";

const project = fakeProject("p1", "me", { name: "Demo", description: null, visibility: "private" });

describe("projectPatch", () => {
  it("sends only what changed, trimmed", () => {
    expect(projectPatch(project, { name: " Demo 2 ", description: "", visibility: "private" })).toEqual({
      name: "Demo 2",
    });
    expect(projectPatch(project, { name: "Demo", description: "About it", visibility: "public" })).toEqual({
      description: "About it",
      visibility: "public",
    });
  });

  it("answers null when nothing changed", () => {
    expect(projectPatch(project, { name: "Demo ", description: "  ", visibility: "private" })).toBeNull();
  });

  it("clears a description by sending an empty one", () => {
    const described = { ...project, description: "Old" };
    expect(projectPatch(described, { name: "Demo", description: "", visibility: "private" })).toEqual({
      description: "",
    });
  });
});
