import { describe, expect, it } from "vitest";
import { withAppPageHeaders } from "./appPageHeaders.ts";

describe("withAppPageHeaders", () => {
  it("adds frame-ancestors and nosniff, keeping the asset's status, body and own headers", async () => {
    const asset = new Response("<!doctype html>", {
      status: 200,
      headers: { "content-type": "text/html", etag: '"abc"', "Content-Security-Policy": "default-src *" },
    });
    const res = withAppPageHeaders(asset);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("<!doctype html>");
    expect(res.headers.get("content-type")).toBe("text/html");
    expect(res.headers.get("etag")).toBe('"abc"');
    expect(res.headers.get("content-security-policy")).toBe("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("keeps a 304 bodiless", () => {
    const res = withAppPageHeaders(new Response(null, { status: 304 }));
    expect(res.status).toBe(304);
    expect(res.body).toBeNull();
  });
});
