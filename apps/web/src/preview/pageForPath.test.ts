import { describe, expect, it } from "vitest";
import { addressOf, pageForPath } from "./pageForPath.ts";

const files = new Set(["index.html", "about.html", "docs/index.html", "public/index.html", "style.css"]);
const exists = (path: string) => files.has(path);

describe("pageForPath", () => {
  it("answers addresses with pages as a static host does", () => {
    expect(pageForPath("/", "", exists)).toBe("index.html");
    expect(pageForPath("/about", "", exists)).toBe("about.html");
    expect(pageForPath("/about.html?x=1#top", "", exists)).toBe("about.html");
    expect(pageForPath("/docs", "", exists)).toBe("docs/index.html");
    expect(pageForPath("/docs/", "", exists)).toBe("docs/index.html");
    expect(pageForPath("/", "public", exists)).toBe("public/index.html");
    expect(pageForPath("/my%20page", "", (path) => path === "my page.html")).toBe("my page.html");
  });

  it("answers null for anything that is not a page", () => {
    expect(pageForPath("/style.css", "", exists)).toBeNull();
    expect(pageForPath("/nope", "", exists)).toBeNull();
    expect(pageForPath("/api/hello", "public", exists)).toBeNull();
  });

  it("turns a page back into its address", () => {
    expect(addressOf("index.html", "")).toBe("/");
    expect(addressOf("docs/index.html", "")).toBe("/docs/");
    expect(addressOf("public/about.html", "public")).toBe("/about.html");
  });
});
