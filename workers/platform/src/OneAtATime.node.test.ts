import { describe, expect, it } from "vitest";
import { OneAtATime } from "./OneAtATime.ts";

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe("OneAtATime", () => {
  it("starts each piece of work after the one before it has finished", async () => {
    const queue = new OneAtATime();
    const events: string[] = [];
    const piece = (name: string) => async () => {
      events.push(`${name} start`);
      await tick();
      events.push(`${name} end`);
      return name;
    };
    const results = await Promise.all([queue.run(piece("a")), queue.run(piece("b")), queue.run(piece("c"))]);
    expect(results).toEqual(["a", "b", "c"]);
    expect(events).toEqual(["a start", "a end", "b start", "b end", "c start", "c end"]);
  });

  it("rejects only the caller whose work failed, and goes on with the next", async () => {
    const queue = new OneAtATime();
    const failed = queue.run(async () => {
      throw new Error("boom");
    });
    const next = queue.run(async () => "after");
    await expect(failed).rejects.toThrow("boom");
    await expect(next).resolves.toBe("after");
  });
});
