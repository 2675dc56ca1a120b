import { describe, expect, it } from "vitest";
import { appendPage } from "./appendPage.ts";
import { fakeProject } from "./fakeProject.ts";

describe("appendPage", () => {
  it("adds the next page after what is shown", () => {
    const ids = appendPage([fakeProject("a", "me")], [fakeProject("b", "me"), fakeProject("c", "me")]).map((p) => p.id);
    expect(ids).toEqual(["a", "b", "c"]);
  });

  it("shows a project that moved onto the next page only once", () => {
    const ids = appendPage(
      [fakeProject("a", "me"), fakeProject("b", "me")],
      [fakeProject("b", "me"), fakeProject("c", "me")],
    ).map((p) => p.id);
    expect(ids).toEqual(["a", "b", "c"]);
  });
});
