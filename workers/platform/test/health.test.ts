import { describe, expect, inject, it } from "vitest";
import { fetchApp } from "./fetchApp.ts";

describe("GET /api/health", () => {
  it("answers ok after querying Postgres and R2, with the version and the instance id", async () => {
    const res = await fetchApp("/api/health");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({
      status: "ok",
      db: "ok",
      storage: "ok",
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      instance: inject("instanceId"),
    });
  });

  it("answers 503 naming the database when Postgres cannot be reached", async () => {
    // Nothing listens on port 1, so the driver's connection is refused.
    const res = await fetchApp("/api/health", undefined, { NEON_WS_PROXY: "127.0.0.1:1" });
    expect(res.status).toBe(503);
    const body = await res.json();
    expect(body).toMatchObject({
      status: "error",
      db: "error",
      storage: "ok",
      error: { code: "unavailable", message: expect.stringContaining("database") },
    });
    expect(JSON.stringify(body)).not.toContain("postgres://");
  });

  it("answers 503 naming the database when DATABASE_URL is not configured", async () => {
    const res = await fetchApp("/api/health", undefined, { DATABASE_URL: "" });
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ db: "error", storage: "ok" });
  });

  it("answers 503 naming storage when the R2 binding is missing", async () => {
    const res = await fetchApp("/api/health", undefined, { BLOBS: undefined });
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({
      status: "error",
      db: "ok",
      storage: "error",
      error: { code: "unavailable", message: expect.stringContaining("storage") },
    });
  });
});
