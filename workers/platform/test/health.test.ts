import { exports } from "cloudflare:workers";
import { describe, expect, inject, it } from "vitest";

describe("GET /api/health", () => {
  it("answers ok after querying Postgres and R2, with the version and the instance id", async () => {
    const res = await exports.default.fetch("http://wove.test/api/health");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = await res.json();
    expect(body).toEqual({
      status: "ok",
      db: "ok",
      storage: "ok",
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      instance: inject("instanceId"),
    });
  });
});
