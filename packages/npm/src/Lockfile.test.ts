import { describe, expect, it } from "vitest";
import { readLockfile, splitKey, writeLockfile, type Lockfile } from "./Lockfile.ts";

describe("wove-lock.json", () => {
  const lock: Lockfile = {
    lockfileVersion: 1,
    specifiers: { "react@^19.0.0": "19.3.1", "@scope/a@1": "1.0.0" },
    packages: {
      "react@19.3.1": { resolved: "https://r/react.tgz", integrity: "sha512-x" },
      "@scope/a@1.0.0": { resolved: "https://r/a.tgz", integrity: "sha512-y", dependencies: { b: "^2" } },
    },
  };

  it("writes the same bytes for the same resolution, whatever order it was built in", () => {
    const reordered: Lockfile = {
      lockfileVersion: 1,
      specifiers: { "@scope/a@1": "1.0.0", "react@^19.0.0": "19.3.1" },
      packages: { "@scope/a@1.0.0": lock.packages["@scope/a@1.0.0"]!, "react@19.3.1": lock.packages["react@19.3.1"]! },
    };
    expect(writeLockfile(reordered)).toBe(writeLockfile(lock));
  });

  it("reads back what it writes", () => {
    expect(readLockfile(writeLockfile(lock))).toEqual({ ok: true, lock });
  });

  it("says how to recover from a broken lockfile", () => {
    const broken = readLockfile('{"lockfileVersion": 1, "specifiers": {}, "packages": {"a@1": {}}}');
    expect(broken).toEqual({ ok: false, error: expect.stringMatching(/packages\["a@1"\].*delete it to resolve/) });
    expect(readLockfile("{")).toMatchObject({ ok: false });
  });

  it("splits scoped keys at the version's @", () => {
    expect(splitKey("@scope/a@1.0.0")).toEqual({ name: "@scope/a", version: "1.0.0" });
    expect(splitKey("react@^19")).toEqual({ name: "react", version: "^19" });
  });
});
