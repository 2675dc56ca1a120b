import { describe, expect, it } from "vitest";
import { checkSiteName, defaultSiteName, numberedSiteName } from "./siteName.ts";

describe("site names", () => {
  it("accepts DNS labels and refuses everything else with a reason", () => {
    for (const ok of ["a", "my-app-alice", "x1", "a".repeat(63)]) expect(checkSiteName(ok)).toBeNull();
    for (const bad of ["", "-a", "a-", "A", "a_b", "a.b", "a".repeat(64), "xn--abc", "www", "héllo"]) {
      expect(checkSiteName(bad), bad).toEqual(expect.any(String));
    }
  });

  it("reserves the names a platform needs, so no site can pose as its sign-in or billing page", () => {
    for (const name of ["login", "auth", "api", "admin", "billing", "www", "status", "docs", "mail", "sign-in"])
      expect(checkSiteName(name), name).toMatch(/reserved/);
    expect(checkSiteName("login-page-ann")).toBeNull();
  });

  it("makes <project-slug>-<owner> a valid label, whatever the owner's name", () => {
    expect(defaultSiteName("my-app", "Alice Smith")).toBe("my-app-alice-smith");
    expect(defaultSiteName("café", "Zoë")).toBe("cafe-zoe");
    expect(defaultSiteName("x", "李")).toBe("x-owner");
    const long = defaultSiteName("p".repeat(60), "owner name");
    expect(long.length).toBeLessThanOrEqual(63);
    expect(checkSiteName(long)).toBeNull();
  });

  it("numbers a taken name without passing 63 characters", () => {
    expect(numberedSiteName("site", 2)).toBe("site-2");
    const numbered = numberedSiteName("a".repeat(63), 12);
    expect(numbered).toHaveLength(63);
    expect(checkSiteName(numbered)).toBeNull();
  });
});
