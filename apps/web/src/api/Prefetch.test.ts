import { afterEach, describe, expect, it, vi } from "vitest";
import { Prefetch } from "./Prefetch.ts";

afterEach(() => vi.useRealTimers());

describe("Prefetch", () => {
  it("answers the first take of the same key from the prefetch, then asks anew", async () => {
    const early = new Prefetch<string>(10_000);
    const request = vi.fn(async () => "fresh");
    early.start("p1", async () => "early");
    expect(await early.peek("p1")).toBe("early");
    expect(await early.take("p1", request)).toBe("early");
    expect(request).not.toHaveBeenCalled();
    expect(early.peek("p1")).toBeUndefined();
    expect(await early.take("p1", request)).toBe("fresh");
  });

  it("does not answer another key, and drops the prefetch when another key is taken", async () => {
    const early = new Prefetch<string>(10_000);
    early.start("p1", async () => "early");
    expect(early.peek("p2")).toBeUndefined();
    expect(await early.take("p2", async () => "other")).toBe("other");
    expect(early.peek("p1")).toBeUndefined();
  });

  it("asks again when the prefetch failed, so the error acted on is current", async () => {
    const early = new Prefetch<string>(10_000);
    early.start("p1", () => Promise.reject(new TypeError("offline")));
    await expect(early.take("p1", () => Promise.reject(new Error("403")))).rejects.toThrow("403");
  });

  it("does not use an answer older than its age limit", async () => {
    vi.useFakeTimers();
    const early = new Prefetch<string>(1_000);
    early.start("p1", async () => "stale");
    vi.advanceTimersByTime(1_000);
    expect(early.peek("p1")).toBeUndefined();
    expect(await early.take("p1", async () => "fresh")).toBe("fresh");
  });
});
