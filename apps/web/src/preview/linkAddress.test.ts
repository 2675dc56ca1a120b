import { describe, expect, it } from "vitest";
import { linkAddress } from "./linkAddress.ts";

describe("linkAddress", () => {
  it("resolves a link against the address of the page it is on", () => {
    expect(linkAddress("about.html", "/")).toBe("/about.html");
    expect(linkAddress("docs/", "/about.html")).toBe("/docs/");
    expect(linkAddress("../", "/docs/")).toBe("/");
    expect(linkAddress("nope", "/docs/")).toBe("/docs/nope");
    expect(linkAddress("/api/hello", "/docs/")).toBe("/api/hello");
    expect(linkAddress("../../../x", "/a/")).toBe("/x");
  });

  it("keeps the query, which a Worker may answer by, and drops the fragment", () => {
    expect(linkAddress("/api/data?x=1#top", "/")).toBe("/api/data?x=1");
    expect(linkAddress("?page=2", "/list")).toBe("/list?page=2");
  });

  it("answers null for a link off the preview", () => {
    expect(linkAddress("https://example.com/", "/")).toBeNull();
    expect(linkAddress("//example.com/a", "/")).toBeNull();
    expect(linkAddress("mailto:a@b.c", "/")).toBeNull();
  });
});
