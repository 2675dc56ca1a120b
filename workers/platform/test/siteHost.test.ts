import { sitePointerKey, type SitePointer } from "@wove/deploy";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { SITE_HOST_KEY_HEADER } from "../src/siteHost/siteHostRequest.ts";
import { fetchApp } from "./fetchApp.ts";
import { signUp } from "./lib/Client.ts";
import { deploy, projectWith } from "./lib/deploys.ts";

const WORKER = `export default { fetch() { return new Response("from the worker"); } };`;

/** A deployed Worker site of a new person: its name and its bundle's hash. */
async function deployedWorker() {
  const owner = await signUp("Host");
  const project = await projectWith(owner, { "worker.js": WORKER });
  const done = await deploy(owner, project.id);
  expect(done.status).toBe("live");
  const pointer = await (await env.BLOBS.get(sitePointerKey(done.site)))?.json<SitePointer>();
  return { site: done.site, hash: pointer?.manifest.worker?.hash ?? "" };
}

const bundle = (hash: string, key: string | undefined, configured: string | undefined) =>
  fetchApp(
    `/api/site-host/bundles/${hash}`,
    { headers: key === undefined ? {} : { [SITE_HOST_KEY_HEADER]: key } },
    { SITE_HOST_KEY: configured },
  );

describe("the local site host's side of the platform (npm start only)", () => {
  it("hands a Worker's bundle to the launcher's key only, and to nobody without one configured", async () => {
    const { hash } = await deployedWorker();
    const granted = await bundle(hash, "per-start-key", "per-start-key");
    expect(granted.status).toBe(200);
    expect(await granted.text()).toContain("from the worker");

    expect((await bundle(hash, "a guess", "per-start-key")).status).toBe(404);
    expect((await bundle(hash, undefined, "per-start-key")).status).toBe(404);
    // Production and the test pool set no key: the route answers nothing, whatever is sent.
    expect((await bundle(hash, "per-start-key", undefined)).status).toBe(404);
    expect((await bundle(hash, "", "")).status).toBe(404);
  });

  it("answers 504 for a site's Worker when the site host does not answer (restarting after a spin)", async () => {
    const { site } = await deployedWorker();
    const visit = (overrides: Record<string, string>) =>
      fetchApp(`http://${site}.localhost:8787/`, { headers: { host: `${site}.localhost:8787` } }, overrides);
    expect(await (await visit({})).text()).toBe("from the worker");

    // Nothing listens on port 1: the host is down, as between a kill and its restart.
    const lost = await visit({ SITE_HOST_URL: "http://127.0.0.1:1", SITE_HOST_KEY: "per-start-key" });
    expect(lost.status).toBe(504);
    expect(await lost.text()).toContain("restarting");
  });
});
