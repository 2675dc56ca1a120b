import { describe, expect, it } from "vitest";
import { trustedOrigins } from "./trustedOrigins.ts";

describe("trustedOrigins", () => {
  it("trusts PUBLIC_URL and, locally, its loopback aliases on the same port", () => {
    expect(trustedOrigins({ WOVE_MODE: "local", PUBLIC_URL: "http://localhost:8787" })).toEqual([
      "http://localhost:8787",
      "http://127.0.0.1:8787",
      "http://[::1]:8787",
    ]);
  });

  it("trusts only PUBLIC_URL in production, even a loopback one", () => {
    expect(trustedOrigins({ WOVE_MODE: "production", PUBLIC_URL: "https://wove.example" })).toEqual([
      "https://wove.example",
    ]);
    expect(trustedOrigins({ WOVE_MODE: "production", PUBLIC_URL: "http://localhost:8787" })).toEqual([
      "http://localhost:8787",
    ]);
  });

  it("adds every origin in TRUSTED_ORIGINS, trimmed, without a trailing slash", () => {
    expect(
      trustedOrigins({
        WOVE_MODE: "production",
        PUBLIC_URL: "https://wove.example",
        TRUSTED_ORIGINS: " https://ide.example.org/, http://192.168.1.20:8787 ,",
      }),
    ).toEqual(["https://wove.example", "https://ide.example.org", "http://192.168.1.20:8787"]);
  });

  it("refuses an entry that is not an origin, naming it and the form to use", () => {
    for (const bad of ["192.168.1.20:8787x", "https://wove.example/path", "not a url"]) {
      expect(() => trustedOrigins({ TRUSTED_ORIGINS: bad })).toThrow(
        new RegExp(`TRUSTED_ORIGINS has "${bad.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}".*scheme://host\\[:port\\]`),
      );
    }
  });

  it("is empty with nothing configured (better-auth then trusts each request's own origin)", () => {
    expect(trustedOrigins({})).toEqual([]);
  });
});
