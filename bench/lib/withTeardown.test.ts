import { describe, expect, it, vi } from "vitest";
import { withTeardown } from "./withTeardown.ts";

describe("withTeardown", () => {
  it("tears down in reverse order and answers the body's result", async () => {
    const order: string[] = [];
    const result = await withTeardown(async (defer) => {
      defer(() => order.push("server"));
      defer(async () => {
        await Promise.resolve();
        order.push("browser");
      });
      return 42;
    });
    expect(result).toBe(42);
    expect(order).toEqual(["browser", "server"]);
  });

  it("still tears everything down when the body or a teardown throws, and rethrows the body's error", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const stopped: string[] = [];
    await expect(
      withTeardown(async (defer) => {
        defer(() => stopped.push("first"));
        defer(() => {
          throw new Error("cannot stop");
        });
        throw new Error("measurement failed");
      }),
    ).rejects.toThrow("measurement failed");
    expect(stopped).toEqual(["first"]);
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });
});
