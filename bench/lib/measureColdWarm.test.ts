import { describe, expect, it } from "vitest";
import { alternate } from "./measureColdWarm.ts";

describe("alternate", () => {
  it("lets the sides take turns, subject first, and keeps each side's results in order", async () => {
    const calls: string[] = [];
    const results = await alternate(3, async (side, index) => {
      calls.push(`${side}${index}`);
      return index * 10;
    });
    expect(calls).toEqual(["subject0", "reference0", "subject1", "reference1", "subject2", "reference2"]);
    expect(results).toEqual({ subject: [0, 10, 20], reference: [0, 10, 20] });
  });
});
