import { describe, expect, it } from "vitest";
import { refreshDelay } from "./refreshDelay.ts";

const jwt = (claims: unknown) =>
  `e30.${btoa(JSON.stringify(claims)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_")}.sig`;

describe("refreshDelay", () => {
  it("refreshes halfway through the token's life, whatever the client's clock says", () => {
    expect(refreshDelay(jwt({ iat: 1_000, exp: 1_300 }))).toBe(150_000);
    expect(refreshDelay(jwt({ iat: 5, exp: 7, sub: "ü?>" }))).toBe(1_000);
  });

  it("does not schedule a refresh for a token it cannot read", () => {
    for (const token of ["", "opaque", "a.%%%.c", jwt({ exp: 10 }), jwt({ iat: 10, exp: 10 }), jwt(null)]) {
      expect(refreshDelay(token)).toBeNull();
    }
  });
});
