import { describe, expect, it } from "vitest";
import { fakeProject } from "./fakeProject.ts";
import { splitProjects } from "./splitProjects.ts";

describe("splitProjects", () => {
  it("keeps owned projects under mine and the others under shared, in order", () => {
    const projects = [
      fakeProject("a", "me", { role: "owner" }),
      fakeProject("b", "ann", { role: "editor" }),
      fakeProject("c", "me", { role: "owner" }),
      // A co-owner of someone else's project still finds it under "Shared with me".
      fakeProject("d", "bob", { role: "owner" }),
    ];
    const { mine, shared } = splitProjects(projects, "me");
    expect(mine.map((p) => p.id)).toEqual(["a", "c"]);
    expect(shared.map((p) => p.id)).toEqual(["b", "d"]);
  });
});
