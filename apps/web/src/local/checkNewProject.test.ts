import { describe, expect, it } from "vitest";
import { checkNewProject } from "./checkNewProject.ts";

describe("checkNewProject", () => {
  it("accepts what the server accepts", () => {
    expect(checkNewProject({ name: "  Trip  ", visibility: "private", description: "d".repeat(1000) })).toEqual([]);
  });

  it("names the fields the server would refuse, as the server does", () => {
    expect(checkNewProject({ name: "   ", visibility: "private" })).toEqual([
      { path: "name", message: "Name is required" },
    ]);
    const issues = checkNewProject({ name: "x".repeat(101), visibility: "public", description: "d".repeat(1001) });
    expect(issues.map((issue) => issue.path)).toEqual(["name", "description"]);
  });
});
