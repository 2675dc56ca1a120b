import { describe, expect, it } from "vitest";
import { PendingChanges } from "./PendingChanges.ts";

describe("PendingChanges", () => {
  it("confirms every change sent before a probe when the probe is answered, and none after", () => {
    const pending = new PendingChanges();
    pending.add(new Set(["a"]));
    pending.add(new Set(["b"]));
    pending.probeSent();
    pending.add(new Set(["b"]));
    expect(pending.count).toBe(3);
    expect(pending.probeAnswered()).toBe(true);
    expect(pending.count).toBe(1);
    expect([...pending.files]).toEqual(["b"]);
  });

  it("counts a file once however many changes touched it, until the last is confirmed", () => {
    const pending = new PendingChanges();
    for (let i = 0; i < 5; i++) pending.add(new Set(["a"]));
    expect([...pending.files]).toEqual(["a"]);
    pending.probeSent();
    pending.probeAnswered();
    expect(pending.files.size).toBe(0);
  });

  it("keeps changes pending when the connection is lost before the answer, until a new probe is answered", () => {
    const pending = new PendingChanges();
    pending.add();
    pending.probeSent();
    pending.connectionLost();
    expect(pending.probeAnswered()).toBe(false);
    expect(pending.count).toBe(1);
    pending.probeSent();
    expect(pending.probeAnswered()).toBe(true);
    expect(pending.count).toBe(0);
  });
});
