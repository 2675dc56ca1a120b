import { PREVIEW_HOST_PATH } from "@wove/protocol";
import { describe, expect, it } from "vitest";
import { APP_PAGE_HEADERS } from "../src/assets/appPageHeaders.ts";
import { fetchApp } from "./fetchApp.ts";
import { signUp } from "./lib/Client.ts";
import { deploy, projectWith, visit } from "./lib/deploys.ts";

describe("the web app's headers (issue 14 item 12)", () => {
  it("the IDE's and the dashboard's pages allow the platform's own scripts only, refuse to be framed and are not sniffed", async () => {
    // `/` is the dashboard's page, `/p/…` the IDE's: both the PWA's index.html (SPA fallback).
    for (const path of ["/", "/p/some-project", "/sign-in"]) {
      const res = await fetchApp(path);
      expect(res.headers.get("content-security-policy"), path).toBe(APP_PAGE_HEADERS["Content-Security-Policy"]);
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
      await res.body?.cancel();
    }
  });

  it("the preview host may be framed by the app only, and binds the page it holds to nothing else", async () => {
    const res = await fetchApp(PREVIEW_HOST_PATH);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("<title>Preview</title>");
    expect(res.headers.get("content-security-policy")).toBe("frame-ancestors 'self'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("a deployed site does not get the IDE's policy: it is the person's code, with its own headers", async () => {
    const owner = await signUp("Framed Site");
    const project = await projectWith(owner, { "index.html": "<!doctype html><h1>Mine</h1>" });
    const done = await deploy(owner, project.id);
    expect(done.status).toBe("live");
    const page = await visit(done.site, "/");
    expect(await page.text()).toContain("Mine");
    // (Sites send nosniff of their own; the IDE's frame-ancestors policy would stop people
    // from embedding their own site.)
    expect(page.headers.get("content-security-policy")).toBeNull();
  });
});
