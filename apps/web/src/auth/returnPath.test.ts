import { describe, expect, it } from "vitest";
import { authHref, safeReturnPath } from "./returnPath.ts";

describe("safeReturnPath", () => {
  it("returns to a path on this origin, with its query and hash", () => {
    expect(safeReturnPath("/invitations/abc")).toBe("/invitations/abc");
    expect(safeReturnPath("/p/x/settings?tab=members#invite")).toBe("/p/x/settings?tab=members#invite");
  });

  it("never redirects off this origin or into the API", () => {
    for (const next of [
      null,
      "",
      "https://evil.example/",
      "//evil.example/x",
      "/\\evil.example",
      "javascript:alert(1)",
      "/api/auth/sign-out",
      "/ok\nLocation: x",
    ]) {
      expect(safeReturnPath(next)).toBe("/");
    }
  });
});

describe("authHref", () => {
  it("links to sign-in with where to return and the email to fill in", () => {
    expect(authHref("/sign-in", { next: "/invitations/t1", email: "b@example.com" })).toBe(
      "/sign-in?next=%2Finvitations%2Ft1&email=b%40example.com",
    );
  });

  it("can open the emailed-link tab", () => {
    expect(authHref("/sign-in", { email: "b@example.com", method: "link" })).toBe(
      "/sign-in?email=b%40example.com&method=link",
    );
  });

  it("leaves out what is not needed", () => {
    expect(authHref("/sign-up")).toBe("/sign-up");
    expect(authHref("/sign-up", { next: "/" })).toBe("/sign-up");
    expect(authHref("/sign-in", { next: "https://evil.example" })).toBe("/sign-in");
  });
});
