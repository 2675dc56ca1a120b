import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { localWranglerConfig } from "./localWranglerConfig.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const real = readFileSync(`${root}/wrangler.toml`, "utf8");

describe("localWranglerConfig", () => {
  it("lists the optional secrets the launcher passes next to the required ones, once each", () => {
    const toml = localWranglerConfig(real, root, ["AI_KEYS_SECRET", "DATABASE_URL", "LOCAL_AI_BASE_URL"]);
    const line = toml.split("\n").find((l) => l.startsWith("required"));
    expect(line).toBe(
      'required = ["DATABASE_URL", "BETTER_AUTH_SECRET", "ROOM_TOKEN_PRIVATE_KEY", "AI_KEYS_SECRET", "LOCAL_AI_BASE_URL"]',
    );
  });

  it("leaves names declared under [vars] as vars", () => {
    const toml = localWranglerConfig(real, root, ["WOVE_MODE", "AI_REQUESTS_PER_MINUTE", "GITHUB_CLIENT_ID"]);
    const line = toml.split("\n").find((l) => l.startsWith("required"));
    expect(line).toBe(
      'required = ["DATABASE_URL", "BETTER_AUTH_SECRET", "ROOM_TOKEN_PRIVATE_KEY", "GITHUB_CLIENT_ID"]',
    );
  });

  it("points the Worker's entry and the app's assets at the real checkout", () => {
    const toml = localWranglerConfig(real, "/checkout", []);
    expect(toml).toContain('main = "/checkout/workers/platform/src/index.ts"');
    expect(toml).toContain('directory = "/checkout/apps/web/dist"');
    // Nothing else changes.
    expect(toml.split("\n").length).toBe(real.split("\n").length);
  });

  it("refuses a file it cannot widen, rather than start a Worker without its secrets", () => {
    expect(() => localWranglerConfig('name = "x"\n', root, [])).toThrow(/required/);
  });
});
