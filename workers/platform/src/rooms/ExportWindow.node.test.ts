import { describe, expect, it } from "vitest";
import { EXPORT_DELAY_MS, exportDue, type ExportState, nextExportAt, SNAPSHOT_EVERY_MS } from "./ExportWindow.ts";

const idle: ExportState = { changedAt: null, dirtySince: null, snapshotAt: null, retryAt: null, empty: false };
const t0 = 1_000_000;

describe("ExportWindow", () => {
  it("has nothing due and sets no alarm when nothing changed", () => {
    expect(exportDue(idle, t0)).toEqual({ files: false, snapshot: false });
    expect(nextExportAt(idle)).toBeNull();
    expect(nextExportAt({ ...idle, empty: true, snapshotAt: t0 })).toBeNull();
  });

  it("sets the alarm one delay after the window's first change, and exports the files on any alarm", () => {
    const state = { ...idle, changedAt: t0, dirtySince: t0 };
    expect(nextExportAt(state)).toBe(t0 + EXPORT_DELAY_MS);
    expect(exportDue(state, t0 + EXPORT_DELAY_MS)).toEqual({ files: true, snapshot: false });
    // An alarm that fires sooner (a token's expiry) ends the window early.
    expect(exportDue(state, t0 + 1)).toEqual({ files: true, snapshot: false });
  });

  it("snapshots on the slow cadence while people stay, counted from the last snapshot", () => {
    const state = { ...idle, dirtySince: t0, snapshotAt: t0 - SNAPSHOT_EVERY_MS + 5_000 };
    expect(nextExportAt(state)).toBe(t0 + 5_000);
    expect(exportDue(state, t0 + 4_999).snapshot).toBe(false);
    expect(exportDue(state, t0 + 5_000).snapshot).toBe(true);
    // A room that never snapshotted counts from its first change.
    expect(nextExportAt({ ...idle, dirtySince: t0 })).toBe(t0 + SNAPSHOT_EVERY_MS);
  });

  it("never snapshots before the document changed since the last snapshot", () => {
    const state = { ...idle, dirtySince: t0, snapshotAt: t0 - 10 * SNAPSHOT_EVERY_MS };
    expect(nextExportAt(state)).toBe(t0);
  });

  it("snapshots at once when the room empties, if anything changed since the last one", () => {
    const state = { ...idle, dirtySince: t0, snapshotAt: t0 - 1, empty: true };
    expect(exportDue(state, t0)).toEqual({ files: false, snapshot: true });
    expect(nextExportAt(state)).toBe(t0);
  });

  it("waits until the retry time after a failure, for both parts", () => {
    const retryAt = t0 + 60_000;
    const state = { ...idle, changedAt: t0, dirtySince: t0, empty: true, retryAt };
    expect(exportDue(state, t0 + EXPORT_DELAY_MS)).toEqual({ files: false, snapshot: false });
    expect(nextExportAt(state)).toBe(retryAt);
    expect(exportDue(state, retryAt)).toEqual({ files: true, snapshot: true });
  });
});
