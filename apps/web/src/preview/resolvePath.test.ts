import { describe, expect, it } from "vitest";
import { decodePath, isBareSpecifier, resolvePath } from "./resolvePath.ts";

describe("resolvePath", () => {
  it("resolves a reference against the file it is written in", () => {
    expect(resolvePath("src/app.tsx", "./b.ts")).toBe("src/b.ts");
    expect(resolvePath("src/app.tsx", "../c.css?v=2#x")).toBe("c.css");
    expect(resolvePath("about/index.html", "/img/a.png")).toBe("img/a.png");
    expect(resolvePath("index.html", "my%20page.html")).toBe("my page.html");
  });

  it("resolves a page under the served root against the site, not the project", () => {
    expect(resolvePath("public/index.html", "/style.css", "public")).toBe("public/style.css");
    expect(resolvePath("public/docs/index.html", "../img/a.png", "public")).toBe("public/img/a.png");
    expect(resolvePath("public/index.html", "../../worker.ts", "public")).toBe("public/worker.ts");
    expect(resolvePath("src/main.ts", "/x.ts", "public")).toBe("x.ts");
  });

  it("answers null for what is not a project path", () => {
    expect(resolvePath("index.html", "https://a.dev/x.js")).toBeNull();
    expect(resolvePath("index.html", "//a.dev/x.js")).toBeNull();
    expect(resolvePath("index.html", "#top")).toBeNull();
    expect(resolvePath("index.html", "")).toBeNull();
  });

  it("decodes a path, leaving a malformed one as it is", () => {
    expect(decodePath("a%20b")).toBe("a b");
    expect(decodePath("100%")).toBe("100%");
  });

  it("tells packages from files", () => {
    expect(isBareSpecifier("react")).toBe(true);
    expect(isBareSpecifier("@scope/x/y")).toBe(true);
    expect(isBareSpecifier("./x")).toBe(false);
    expect(isBareSpecifier("/x")).toBe(false);
    expect(isBareSpecifier("https://a.dev/x")).toBe(false);
  });
});
