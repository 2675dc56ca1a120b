import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadLocalSecrets } from "./localSecrets.ts";

describe("loadLocalSecrets", () => {
  it("makes the secrets once per data folder, private to the owner, and answers the same ones after", () => {
    const dir = mkdtempSync(join(tmpdir(), "wove-secrets-"));
    const first = loadLocalSecrets(dir);
    expect(first.BETTER_AUTH_SECRET).toHaveLength(64);
    expect(first.AI_KEYS_SECRET).toHaveLength(64);
    expect(JSON.parse(first.ROOM_TOKEN_PRIVATE_KEY)).toMatchObject({ kty: "OKP", crv: "Ed25519" });
    expect(statSync(join(dir, "secrets.json")).mode & 0o777).toBe(0o600);
    expect(loadLocalSecrets(dir)).toEqual(first);
  });

  it("adds secrets a newer version needs to an older folder, keeping the old ones", () => {
    const dir = mkdtempSync(join(tmpdir(), "wove-secrets-"));
    const old = { BETTER_AUTH_SECRET: "a".repeat(64), ROOM_TOKEN_PRIVATE_KEY: "{}" };
    writeFileSync(join(dir, "secrets.json"), JSON.stringify(old));
    const upgraded = loadLocalSecrets(dir);
    expect(upgraded).toMatchObject(old);
    expect(upgraded.AI_KEYS_SECRET).toHaveLength(64);
    expect(JSON.parse(readFileSync(join(dir, "secrets.json"), "utf8"))).toEqual(upgraded);
  });
});
