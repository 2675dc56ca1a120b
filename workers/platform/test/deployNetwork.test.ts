import { env } from "cloudflare:workers";
import { describe, expect, inject, it } from "vitest";
import { fetchApp } from "./fetchApp.ts";
import { signUp, type Client } from "./lib/Client.ts";
import { deploy, projectWith, visit } from "./lib/deploys.ts";
import { RoomPeer } from "./lib/RoomPeer.ts";
import { share } from "./lib/share.ts";

const OUTSIDE = inject("outsideUrl");

/** A site that fetches every `to` it is given and says what came back (or what was thrown). */
const PROBE = {
  "worker.js": `import { connect } from "cloudflare:sockets";
export default {
  async fetch(request) {
    const url = new URL(request.url);
    if (url.pathname === "/slow") {
      for (let i = 0; i < 40; i++) await scheduler.wait(100);
      return new Response("late");
    }
    if (url.pathname === "/many") {
      const statuses = [];
      for (let i = 0; i < Number(url.searchParams.get("n")); i++) {
        const res = await fetch(url.searchParams.get("to"));
        statuses.push(res.status);
        await res.arrayBuffer();
      }
      return Response.json(statuses);
    }
    if (url.pathname === "/connect") {
      try {
        const socket = connect(url.searchParams.get("to"));
        await socket.opened;
        const writer = socket.writable.getWriter();
        await writer.write(new TextEncoder().encode("GET /hello HTTP/1.0\\r\\n\\r\\n"));
        const { value } = await socket.readable.getReader().read();
        return Response.json({ received: value ? new TextDecoder().decode(value) : "" });
      } catch (err) {
        return Response.json({ threw: String(err && err.message) });
      }
    }
    const results = [];
    for (const to of url.searchParams.getAll("to")) {
      try {
        const res = await fetch(to);
        results.push({ to, status: res.status, gateway: res.headers.get("x-wove-outbound"), body: await res.text() });
      } catch (err) {
        results.push({ to, threw: String(err && err.message) });
      }
    }
    return Response.json(results);
  },
};`,
};

interface Probe {
  to: string;
  status?: number;
  gateway?: string | null;
  body?: string;
  threw?: string;
}

async function probe(site: string, targets: string[]): Promise<Probe[]> {
  const query = targets.map((to) => `to=${encodeURIComponent(to)}`).join("&");
  const res = await visit(site, `/?${query}`);
  expect(res.status).toBe(200);
  return res.json();
}

async function setNetwork(client: Client, projectId: string, network: boolean) {
  return client.json<{ name: string; network: boolean; error?: { code: string } }>(`/api/projects/${projectId}/site`, {
    method: "PATCH",
    json: { network },
  });
}

/** A deployed probe whose owner granted network. */
async function grantedProbe() {
  const owner = await signUp("Network Owner");
  const project = await projectWith(owner, PROBE);
  expect((await setNetwork(owner, project.id, true)).body.network).toBe(true);
  const done = await deploy(owner, project.id);
  expect(done.status).toBe("live");
  return { owner, project, site: done.site };
}

describe("deployed code's network", () => {
  it("gives an ungranted site no network even when its document asks for it", async () => {
    const owner = await signUp();
    const project = await projectWith(owner, PROBE);
    const peer = await RoomPeer.join(owner, project.id);
    peer.doc.getMap("meta").set("deploy", { network: true });
    const room = env.ROOMS.getByName(project.id);
    await expect.poll(async () => (await room.snapshotFiles()).deploySettingsJson).toContain('"network":true');
    peer.ws.close();
    const done = await deploy(owner, project.id);
    const [result] = await probe(done.site, [`${OUTSIDE}/hello`]);
    expect(result?.status).toBeUndefined();
    expect(result?.threw).toBeTruthy();
    expect(done.log).toContain(
      "The project asks for network access (meta.deploy.network); only the owner grants it, in Site settings",
    );
  });

  it("lets the owner grant network, shown in GET site, applied to the live version at once both ways", async () => {
    const owner = await signUp();
    const project = await projectWith(owner, PROBE);
    const done = await deploy(owner, project.id);
    expect((await owner.json<{ network: boolean }>(`/api/projects/${project.id}/site`)).body.network).toBe(false);
    expect((await probe(done.site, [`${OUTSIDE}/hello`]))[0]?.threw).toBeTruthy();

    expect((await setNetwork(owner, project.id, true)).body).toMatchObject({ name: done.site, network: true });
    expect((await owner.json<{ network: boolean }>(`/api/projects/${project.id}/site`)).body.network).toBe(true);
    expect(await probe(done.site, [`${OUTSIDE}/hello`])).toEqual([
      { to: `${OUTSIDE}/hello`, status: 200, gateway: null, body: '{"hello":"outside"}' },
    ]);

    await setNetwork(owner, project.id, false);
    expect((await probe(done.site, [`${OUTSIDE}/hello`]))[0]?.threw).toBeTruthy();
  });

  it("keeps a rollback under the current grant, not the one its version was deployed with", async () => {
    const { owner, project, site } = await grantedProbe();
    const first = await owner.json<{ deployments: Array<{ id: string }> }>(`/api/projects/${project.id}/deployments`);
    await deploy(owner, project.id);
    await setNetwork(owner, project.id, false);
    const back = await owner.json(`/api/projects/${project.id}/deployments/${first.body.deployments[0]?.id}/activate`, {
      method: "POST",
    });
    expect(back.status).toBe(200);
    expect((await probe(site, [`${OUTSIDE}/hello`]))[0]?.threw).toBeTruthy();
  });

  it("refuses an editor's grant: only the owner gives a site network", async () => {
    const owner = await signUp("Owner");
    const editor = await signUp("Editor");
    const project = await projectWith(owner, PROBE, "public");
    await share(owner, project.id, editor, "editor");
    const refused = await setNetwork(editor, project.id, true);
    expect(refused.status).toBe(403);
    expect(refused.body.error?.code).toBe("forbidden");
    expect((await owner.json<{ network: boolean }>(`/api/projects/${project.id}/site`)).body.network).toBe(false);
  });

  it("answers a bad body with a 400 that says what to send", async () => {
    const owner = await signUp();
    const project = await projectWith(owner, PROBE);
    for (const json of [{}, { network: "yes" }, { network: true, extra: 1 }]) {
      const res = await owner.json<{ error: { code: string } }>(`/api/projects/${project.id}/site`, {
        method: "PATCH",
        json,
      });
      expect(res.status, JSON.stringify(json)).toBe(400);
      expect(res.body.error.code).toBe("validation_failed");
    }
  });

  it("refuses loopback, private, link-local and the platform's own addresses through the gateway", async () => {
    const { site } = await grantedProbe();
    const outsidePort = new URL(OUTSIDE).port;
    const targets = [
      `http://127.0.0.1:${Number(outsidePort) + 1}/`,
      `http://127.0.0.1:9229/json`,
      "http://localhost/api/dev/mailbox",
      "http://localhost.:8787/api/dev/mailbox",
      "http://[::1]/",
      "http://[::ffff:127.0.0.1]/",
      "http://2130706433/",
      "http://0x7f.0.0.1/",
      "http://0/",
      "http://169.254.169.254/latest/meta-data/",
      "http://10.0.0.1/",
      "http://192.168.1.1/",
      "http://100.64.0.1/",
      "http://[fd00::1]/",
      "http://[fe80::1]/",
      "http://wove.test/api/health",
      `http://${site}.localhost:8787/`,
      `${OUTSIDE}/redirect?to=${encodeURIComponent("http://127.0.0.1:9229/json")}`,
    ];
    const results = await probe(site, targets);
    for (const result of results) {
      expect(result, result.to).toMatchObject({ status: 403, gateway: "refused" });
      const body = JSON.parse(result.body ?? "{}") as { error: { code: string; message: string } };
      expect(body.error.code).toBe("forbidden");
      expect(body.error.message).toMatch(/^Wove's outbound gateway refused .+: .+ is /);
    }
  });

  it("opens no TCP socket, even to a host the gateway lets fetch through", async () => {
    const { site } = await grantedProbe();
    const res = await visit(site, `/connect?to=${encodeURIComponent(new URL(OUTSIDE).host)}`);
    const body = (await res.json()) as { threw?: string; received?: string };
    // Either the socket fails to open or it ends before a byte arrives.
    expect(body.threw ?? body.received).toBeDefined();
    expect(body.received ?? "").toBe("");
  });

  it("stops a site at its subrequest limit: 50 reach the host, the rest get 429", async () => {
    const { site } = await grantedProbe();
    const hits = async () => ((await (await fetch(`${OUTSIDE}/__hits`)).json()) as { hits: number }).hits;
    const before = await hits();
    const res = await visit(site, `/many?n=60&to=${encodeURIComponent(`${OUTSIDE}/hello`)}`);
    const statuses = (await res.json()) as number[];
    expect(statuses.filter((status) => status === 200)).toHaveLength(50);
    expect(statuses.slice(50)).toEqual(Array(10).fill(429));
    expect((await hits()) - before).toBe(50);
    // The next visitor's request has its own budget.
    const again = (await (
      await visit(site, `/many?n=1&to=${encodeURIComponent(`${OUTSIDE}/hello`)}`)
    ).json()) as number[];
    expect(again).toEqual([200]);
  });

  it("answers 504 when a site's Worker does not answer within the budget", async () => {
    const owner = await signUp();
    const project = await projectWith(owner, PROBE);
    const done = await deploy(owner, project.id);
    const res = await fetchApp(
      `http://${done.site}.localhost:8787/slow`,
      { headers: { host: `${done.site}.localhost:8787` } },
      { SITE_REQUEST_TIMEOUT_SECONDS: "1" },
    );
    expect(res.status).toBe(504);
    expect(await res.text()).toContain("did not answer within 1 seconds");
  });
});

describe("the platform as Workers for Platforms' outbound Worker", () => {
  /** A user Worker's fetch as the dispatcher hands it on: its parameter in env, no visitor can set it. */
  const outbound = (url: string, network: boolean) => fetchApp(url, {}, { WOVE_OUTBOUND: { network } });

  it("refuses every fetch of a site its owner did not grant network", async () => {
    const res = await outbound(`${OUTSIDE}/hello`, false);
    expect(res.status).toBe(403);
    expect(res.headers.get("x-wove-outbound")).toBe("refused");
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain(
      "the site's owner has not granted it network",
    );
  });

  it("applies the gateway's rules to a granted site's fetches", async () => {
    const reached = await outbound(`${OUTSIDE}/hello`, true);
    expect(await reached.json()).toEqual({ hello: "outside" });
    for (const url of ["http://127.0.0.1:9229/json", "http://169.254.169.254/", "http://wove.test/api/health"]) {
      const res = await outbound(url, true);
      expect(res.status, url).toBe(403);
      expect(res.headers.get("x-wove-outbound")).toBe("refused");
    }
  });
});
