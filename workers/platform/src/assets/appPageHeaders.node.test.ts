import { describe, expect, it } from "vitest";
import { PREVIEW_HOST_PATH } from "@wove/protocol";
import { APP_PAGE_HEADERS, withAppPageHeaders } from "./appPageHeaders.ts";

describe("withAppPageHeaders", () => {
  it("adds the app's policy and nosniff, keeping the asset's status, body and own headers", async () => {
    const asset = new Response("<!doctype html>", {
      status: 200,
      headers: { "content-type": "text/html", etag: '"abc"', "Content-Security-Policy": "default-src *" },
    });
    const res = withAppPageHeaders(asset, "/p/some-project");
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("<!doctype html>");
    expect(res.headers.get("content-type")).toBe("text/html");
    expect(res.headers.get("etag")).toBe('"abc"');
    expect(res.headers.get("content-security-policy")).toBe(APP_PAGE_HEADERS["Content-Security-Policy"]);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("allows scripts from the platform only, and no framing by anyone", () => {
    const policy = new Map(
      (APP_PAGE_HEADERS["Content-Security-Policy"] ?? "").split(";").map((directive) => {
        const [name, ...values] = directive.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(policy.get("script-src")).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  });

  it("gives the preview host no fetch directive, since the person's page it holds inherits its policy", () => {
    for (const path of [PREVIEW_HOST_PATH, `${PREVIEW_HOST_PATH}.html`]) {
      const res = withAppPageHeaders(new Response("<!doctype html>"), path);
      expect(res.headers.get("content-security-policy"), path).toBe("frame-ancestors 'self'");
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
    }
  });

  it("keeps a 304 bodiless", () => {
    const res = withAppPageHeaders(new Response(null, { status: 304 }), "/");
    expect(res.status).toBe(304);
    expect(res.body).toBeNull();
  });
});
