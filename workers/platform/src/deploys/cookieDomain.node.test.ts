import { describe, expect, it } from "vitest";
import { cookieDomain } from "./cookieDomain.ts";

describe("cookieDomain", () => {
  it("finds the Domain attribute however it is spaced or cased, as a browser does", () => {
    expect(cookieDomain("a=1; Domain=localhost")).toBe("localhost");
    expect(cookieDomain("a=1; Domain =localhost")).toBe("localhost");
    expect(cookieDomain("a=1;domain= .Example.COM ; Path=/")).toBe("example.com");
    expect(cookieDomain("a=1; DOMAIN=x; domain=y")).toBe("y");
  });

  it("sees none in a host-only cookie, in the cookie's own value, or in an empty attribute", () => {
    expect(cookieDomain("a=1; Path=/; HttpOnly")).toBeNull();
    expect(cookieDomain("domain=evil.com; Path=/")).toBeNull();
    expect(cookieDomain("a=domain=evil.com")).toBeNull();
    expect(cookieDomain("a=1; Domain=")).toBeNull();
  });
});
