import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it } from "vitest";
import { localDb } from "./localDb.ts";
import { getSetting, getSettings, setSetting } from "./settings.ts";

beforeEach(async () => {
  await Promise.all(localDb.tables.map((table) => table.clear()));
});

describe("settings", () => {
  it("answers undefined for a setting never set, and the value once set", async () => {
    expect(await getSetting("theme")).toBeUndefined();
    await setSetting("theme", "dark");
    await setSetting("theme", "system");
    expect(await getSetting("theme")).toBe("system");
  });

  it("keeps structured values as they were given", async () => {
    const paneSizes = { ide: { files: 20, editor: 55, preview: 25 } };
    await setSetting("paneSizes", paneSizes);
    expect(await getSetting("paneSizes")).toEqual(paneSizes);
    expect(await getSettings()).toEqual({ paneSizes });
  });
});
