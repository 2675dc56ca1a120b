import { describe, expect, it } from "vitest";
import { isFullyCached } from "./buildWebApp.ts";

// turbo 2's summary after `turbo run build --output-logs=errors-only`, as the launcher reads it.
const summary = (cached: number) => `
   • turbo 2.11.9
   • Packages in scope: @wove/web
   • Running build in 1 package

 Tasks:    1 successful, 1 total
Cached:    ${cached} cached, 1 total
  Time:    683ms${cached ? " >>> FULL TURBO" : ""}
`;

describe("isFullyCached", () => {
  it("is true when turbo restored every task from its cache", () => {
    expect(isFullyCached(summary(1))).toBe(true);
  });

  it("is false when a task ran, or when there is no summary to read", () => {
    expect(isFullyCached(summary(0))).toBe(false);
    expect(isFullyCached("")).toBe(false);
  });
});
