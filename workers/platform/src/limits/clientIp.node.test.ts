import { describe, expect, it } from "vitest";
import { clientIp, UNATTRIBUTED_IP } from "./clientIp.ts";

const forged = new Headers({ "cf-connecting-ip": "203.0.113.9" });

describe("clientIp", () => {
  it("trusts CF-Connecting-IP in production, where Cloudflare's edge sets it", () => {
    expect(clientIp(forged, { WOVE_MODE: "production" })).toBe("203.0.113.9");
    expect(clientIp(forged, {})).toBe("203.0.113.9");
  });

  it("locally without a trusted proxy ignores the client's CF-Connecting-IP: everyone shares one bucket", () => {
    expect(clientIp(forged, { WOVE_MODE: "local" })).toBe(UNATTRIBUTED_IP);
    expect(clientIp(new Headers(), { WOVE_MODE: "local", TRUSTED_PROXY: "" })).toBe(UNATTRIBUTED_IP);
  });

  it("behind a configured proxy reads its header, the address the proxy appended last", () => {
    const proxied = new Headers({ "x-forwarded-for": "198.51.100.1, 192.0.2.7", "cf-connecting-ip": "203.0.113.9" });
    expect(clientIp(proxied, { WOVE_MODE: "local", TRUSTED_PROXY: "X-Forwarded-For" })).toBe("192.0.2.7");
    expect(clientIp(forged, { WOVE_MODE: "local", TRUSTED_PROXY: "cf-connecting-ip" })).toBe("203.0.113.9");
  });

  it("counts a request without the header in the shared bucket instead of failing", () => {
    expect(clientIp(new Headers(), { WOVE_MODE: "production" })).toBe(UNATTRIBUTED_IP);
  });
});
