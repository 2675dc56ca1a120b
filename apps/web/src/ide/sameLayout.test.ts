import { describe, expect, it } from "vitest";
import { sameLayout } from "./sameLayout.ts";

describe("sameLayout", () => {
  it("takes the layout just restored, give or take rounding, for the saved one", () => {
    expect(
      sameLayout({ explorer: 20, editor: 56, side: 24 }, { side: 24, explorer: 20.0000001, editor: 55.9999999 }),
    ).toBe(true);
  });

  it("tells a resized panel apart", () => {
    expect(sameLayout({ explorer: 20, editor: 56, side: 24 }, { explorer: 25, editor: 51, side: 24 })).toBe(false);
  });

  it("tells a closed or opened panel apart", () => {
    expect(sameLayout({ explorer: 20, editor: 80 }, { explorer: 20, editor: 56, side: 24 })).toBe(false);
    expect(sameLayout({ explorer: 20, editor: 80 }, { editor: 80, side: 20 })).toBe(false);
  });

  it("has nothing saved be different from any layout", () => {
    expect(sameLayout(undefined, { editor: 100 })).toBe(false);
    expect(sameLayout(undefined, undefined)).toBe(true);
  });
});
