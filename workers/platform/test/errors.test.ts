import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { ApiError } from "../src/errors/ApiError.ts";
import { onError } from "../src/errors/onError.ts";
import type { AppEnv } from "../src/AppEnv.ts";
import { fetchApp } from "./fetchApp.ts";

const report = { message: "TypeError: x is undefined", url: "http://localhost:8787/p/abc?token=secret" };
const post = (body: BodyInit, headers: Record<string, string> = { "content-type": "application/json" }) =>
  fetchApp("/api/client-errors", { method: "POST", headers, body });

describe("the API error shape", () => {
  it("answers 404 with the error shape for an unknown /api route", async () => {
    const res = await fetchApp("/api/does-not-exist");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(await res.json()).toEqual({
      error: { code: "not_found", message: "No API route for GET /api/does-not-exist" },
    });
  });

  it("answers 400 invalid_json for a body that is not JSON", async () => {
    const res = await post("{not json");
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: "invalid_json" } });
  });

  it("answers 400 invalid_json when the Content-Type is not JSON", async () => {
    const res = await post(JSON.stringify(report), { "content-type": "text/plain" });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: { code: "invalid_json", message: expect.stringContaining("application/json") },
    });
  });

  it("answers 400 validation_failed with the failing fields in details", async () => {
    const res = await post(JSON.stringify({ message: "", url: "not a url" }));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; details: Array<{ path: string }> } };
    expect(body.error.code).toBe("validation_failed");
    expect(body.error.details.map((d) => d.path).sort()).toEqual(["message", "url"]);
  });

  it("answers 413 for a body over the limit, whether or not it declares its length", async () => {
    const big = JSON.stringify({ ...report, stack: "x".repeat(2 << 20) });
    const declared = await post(big);
    expect(declared.status).toBe(413);
    expect(await declared.json()).toMatchObject({
      error: { code: "payload_too_large", details: { maxBytes: 1 << 20 } },
    });

    const bytes = new TextEncoder().encode(big);
    const streamed = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 64 << 10) controller.enqueue(bytes.subarray(i, i + (64 << 10)));
        controller.close();
      },
    });
    const undeclared = await fetchApp("/api/client-errors", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: streamed,
      // @ts-expect-error -- `duplex` is required by the fetch spec for streamed bodies but missing from the types.
      duplex: "half",
    });
    expect(undeclared.status).toBe(413);
  });

  it("accepts a valid client error report with 204", async () => {
    const res = await post(JSON.stringify(report));
    expect(res.status).toBe(204);
  });

  it("answers 500 with a generic message and leaks nothing of an unexpected error", async () => {
    const app = new Hono<AppEnv>();
    app.get("/boom", () => {
      throw new Error("connection to postgres://admin:hunter2@db failed");
    });
    app.onError(onError);
    const res = await app.request("/boom");
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toMatchObject({ error: { code: "internal_error" } });
    expect(text).not.toContain("hunter2");
  });

  it("turns an ApiError into its status, code, message and details", async () => {
    const app = new Hono<AppEnv>();
    app.get("/gone", () => {
      throw new ApiError(409, "conflict", "Slug taken", { slug: "x" });
    });
    app.onError(onError);
    const res = await app.request("/gone");
    expect(res.status).toBe(409);
    expect(await res.json()).toEqual({ error: { code: "conflict", message: "Slug taken", details: { slug: "x" } } });
  });
});
