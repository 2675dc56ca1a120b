import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { watchLocalSave } from "./watchLocalSave.ts";

/** A device save that resolves or fails when the test says. */
function deviceSave() {
  const waiting: Array<{ resolve: () => void; reject: (err: Error) => void }> = [];
  const flush = () => new Promise<void>((resolve, reject) => waiting.push({ resolve, reject }));
  return { flush, waiting };
}

describe("watchLocalSave", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("says saving from the first edit, and saved once the device has the last one", async () => {
    const doc = new Y.Doc();
    const { flush, waiting } = deviceSave();
    const watch = watchLocalSave(doc, flush);
    const seen: string[] = [];
    watch.subscribe(() => seen.push(watch.read()));

    for (const ch of "abc") doc.getText("t").insert(0, ch);
    expect(watch.read()).toBe("saving");
    await vi.advanceTimersByTimeAsync(50);
    expect(waiting).toHaveLength(1);
    waiting[0]?.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toEqual(["saving", "saved"]);
  });

  it("does not say saved for a check that an edit made after it began does not cover", async () => {
    const doc = new Y.Doc();
    const { flush, waiting } = deviceSave();
    const watch = watchLocalSave(doc, flush);
    watch.subscribe(() => {});
    doc.getText("t").insert(0, "a");
    await vi.advanceTimersByTimeAsync(50);
    doc.getText("t").insert(0, "b");
    waiting[0]?.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(watch.read()).toBe("saving");
    await vi.advanceTimersByTimeAsync(50);
    waiting[1]?.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(watch.read()).toBe("saved");
  });

  it("says the device save failed when it does", async () => {
    const doc = new Y.Doc();
    const { flush, waiting } = deviceSave();
    const watch = watchLocalSave(doc, flush);
    watch.subscribe(() => {});
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    doc.getText("t").insert(0, "a");
    await vi.advanceTimersByTimeAsync(50);
    waiting[0]?.reject(new Error("quota"));
    await vi.advanceTimersByTimeAsync(0);
    expect(watch.read()).toBe("failed");
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  it("checks again when watched again after a check was cut short (StrictMode subscribes twice)", async () => {
    const doc = new Y.Doc();
    const { flush, waiting } = deviceSave();
    const watch = watchLocalSave(doc, flush);
    const off = watch.subscribe(() => {});
    doc.getText("t").insert(0, "a");
    off();
    watch.subscribe(() => {});
    await vi.advanceTimersByTimeAsync(50);
    waiting[0]?.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(watch.read()).toBe("saved");
  });
});
