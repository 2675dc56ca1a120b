import { describe, expect, it } from "vitest";
import { isNearBottom } from "./isNearBottom.ts";

describe("isNearBottom", () => {
  it("follows the log while the person is at the bottom, or a few pixels from it", () => {
    expect(isNearBottom({ scrollTop: 800, scrollHeight: 1000, clientHeight: 200 })).toBe(true);
    expect(isNearBottom({ scrollTop: 790.5, scrollHeight: 1000, clientHeight: 200 })).toBe(true);
  });

  it("stops following once the person scrolled up to read", () => {
    expect(isNearBottom({ scrollTop: 500, scrollHeight: 1000, clientHeight: 200 })).toBe(false);
    expect(isNearBottom({ scrollTop: 0, scrollHeight: 1000, clientHeight: 200 })).toBe(false);
  });

  it("follows a log shorter than its box, which cannot scroll at all", () => {
    expect(isNearBottom({ scrollTop: 0, scrollHeight: 120, clientHeight: 200 })).toBe(true);
  });

  it("takes the slack it is given", () => {
    const metrics = { scrollTop: 760, scrollHeight: 1000, clientHeight: 200 };
    expect(isNearBottom(metrics)).toBe(false);
    expect(isNearBottom(metrics, 50)).toBe(true);
  });
});
