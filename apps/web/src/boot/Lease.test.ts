import { describe, expect, it } from "vitest";
import { Lease } from "./Lease.ts";

const aTaskLater = () => new Promise((resolve) => setTimeout(resolve, 0));

function leased() {
  const disposed: string[] = [];
  return { lease: new Lease("doc", (value) => disposed.push(value)), disposed };
}

describe("a value leased from boot", () => {
  it("survives being released and taken again in the same task, as StrictMode's effects do", async () => {
    const { lease, disposed } = leased();
    const first = lease.take();
    first?.release();
    const second = lease.take();
    await aTaskLater();
    expect(second?.value).toBe("doc");
    expect(disposed).toEqual([]);
    expect(lease.disposed).toBe(false);
  });

  it("is disposed once, a task after its last holder lets go", async () => {
    const { lease, disposed } = leased();
    const held = lease.take();
    held?.release();
    held?.release();
    expect(disposed).toEqual([]);
    await aTaskLater();
    expect(disposed).toEqual(["doc"]);
    expect(lease.take()).toBeUndefined();
  });

  it("counts a second release of one hold once, so another holder keeps it", async () => {
    const { lease, disposed } = leased();
    const a = lease.take();
    lease.take();
    a?.release();
    a?.release();
    await aTaskLater();
    expect(disposed).toEqual([]);
  });

  it("is disposed at once when nobody will come for it, and only once", () => {
    const { lease, disposed } = leased();
    lease.dispose();
    lease.dispose();
    expect(disposed).toEqual(["doc"]);
    expect(lease.take()).toBeUndefined();
  });
});
