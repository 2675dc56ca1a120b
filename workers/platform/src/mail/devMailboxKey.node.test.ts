import { describe, expect, it } from "vitest";
import { isDevMailboxKey } from "./devMailboxKey.ts";

describe("the dev mailbox's key", () => {
  it("matches only the exact key", async () => {
    const key = "Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5";
    expect(await isDevMailboxKey(key, key)).toBe(true);
    for (const guess of ["", key.slice(0, -1), `${key}x`, key.toUpperCase(), ` ${key}`]) {
      expect(await isDevMailboxKey(key, guess), guess).toBe(false);
    }
  });

  it("opens nothing when no key is configured", async () => {
    expect(await isDevMailboxKey(undefined, "anything")).toBe(false);
    expect(await isDevMailboxKey("", "")).toBe(false);
    expect(await isDevMailboxKey("key", undefined)).toBe(false);
  });
});
