import { describe, expect, it } from "vitest";
import { keepUnchanged } from "./keepUnchanged.ts";

describe("keepUnchanged", () => {
  it("keeps a setting that was read back unchanged as the same object, so its readers do not re-render", () => {
    const before = { paneSizes: { ide: { editor: 60, side: 40 } }, theme: "dark" as const };
    const next = keepUnchanged(before, { paneSizes: { ide: { editor: 60, side: 40 } }, theme: "light" });
    expect(next.paneSizes).toBe(before.paneSizes);
    expect(next.theme).toBe("light");
  });

  it("answers the previous settings themselves when nothing changed", () => {
    const before = { paneSizes: { ide: { editor: 60 } } };
    expect(keepUnchanged(before, { paneSizes: { ide: { editor: 60 } } })).toBe(before);
  });

  it("takes a setting that changed, was added or was removed", () => {
    const before = { paneSizes: { ide: { editor: 60 } } };
    const changed = keepUnchanged(before, { paneSizes: { ide: { editor: 70 } } });
    expect(changed.paneSizes).toEqual({ ide: { editor: 70 } });
    expect(keepUnchanged(before, { ...before, theme: "dark" })).toEqual({ ...before, theme: "dark" });
    expect(keepUnchanged(before, {})).toEqual({});
  });
});
