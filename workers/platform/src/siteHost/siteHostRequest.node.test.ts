import { describe, expect, it } from "vitest";
import type { SiteRun } from "../deploys/loadSiteWorker.ts";
import {
  readSiteHostRequest,
  SITE_HOST_FAILED_HEADER,
  SITE_HOST_KEY_HEADER,
  SITE_RUN_HEADER,
  writeSiteHostFailure,
  writeSiteHostRequest,
} from "./siteHostRequest.ts";

const run: SiteRun = {
  isolate: "d1:3:network",
  hash: "a".repeat(64),
  network: true,
  policy: { platformHosts: ["localhost"], allowed: ["10.0.0.5:8080"] },
};
const HOST = "http://127.0.0.1:40123";

describe("the platform's request to the site host", () => {
  it("carries the visitor's method, headers, body and URL, and the run, to the host", async () => {
    const visitor = new Request("http://blog.localhost:8787/api/posts?draft=1", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer visitor's own" },
      body: '{"title":"hi"}',
    });
    const sent = writeSiteHostRequest(HOST, "k3y", run, visitor);
    expect(sent.url).toBe(`${HOST}/run`);

    const read = await readSiteHostRequest(sent, "k3y");
    if (!read.ok) throw new Error(read.message);
    expect(read.run).toEqual({ ...run, url: visitor.url });
    expect(read.request.url).toBe(visitor.url);
    expect(read.request.method).toBe("POST");
    expect(read.request.headers.get("authorization")).toBe("Bearer visitor's own");
    expect(read.request.headers.get(SITE_HOST_KEY_HEADER)).toBeNull();
    expect(read.request.headers.get(SITE_RUN_HEADER)).toBeNull();
    expect(await read.request.text()).toBe('{"title":"hi"}');
  });

  it("asks the host for an uncompressed answer, and replaces a visitor's own headers of ours", async () => {
    const visitor = new Request("http://blog.localhost:8787/", {
      headers: { "accept-encoding": "br, gzip", [SITE_HOST_KEY_HEADER]: "guess", [SITE_RUN_HEADER]: "{}" },
    });
    const sent = writeSiteHostRequest(HOST, "k3y", run, visitor);
    expect(sent.headers.get("accept-encoding")).toBe("identity");
    expect(sent.headers.get(SITE_HOST_KEY_HEADER)).toBe("k3y");
    const read = await readSiteHostRequest(sent, "k3y");
    expect(read.ok && read.run.isolate).toBe("d1:3:network");
  });

  it("is refused without the launcher's key, or with a run that is not one", async () => {
    const visitor = new Request("http://blog.localhost:8787/");
    const wrongKey = await readSiteHostRequest(writeSiteHostRequest(HOST, "guess", run, visitor), "k3y");
    expect(wrongKey).toMatchObject({ ok: false, status: 401 });
    const noKeyConfigured = await readSiteHostRequest(writeSiteHostRequest(HOST, "", run, visitor), undefined);
    expect(noKeyConfigured).toMatchObject({ ok: false, status: 401 });

    const garbled = writeSiteHostRequest(HOST, "k3y", run, visitor);
    garbled.headers.set(SITE_RUN_HEADER, "%E0%A4%A");
    expect(await readSiteHostRequest(garbled, "k3y")).toMatchObject({ ok: false, status: 400 });
    const badHash = writeSiteHostRequest(HOST, "k3y", { ...run, hash: "../../etc" }, visitor);
    expect(await readSiteHostRequest(badHash, "k3y")).toMatchObject({ ok: false, status: 400 });
  });

  it("marks the host's own failures so the platform can tell them from a site's answer", async () => {
    const failure = writeSiteHostFailure(500, "the Worker threw: boom");
    expect(failure.status).toBe(500);
    expect(failure.headers.get(SITE_HOST_FAILED_HEADER)).toBe("1");
    expect(await failure.text()).toBe("the Worker threw: boom");
  });
});
