import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createFile, listEntries, readText } from "@wove/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { ApiClient } from "./lib/apiClient.ts";
import { rawGet } from "./lib/ideDriver.ts";
import { startPlatform, type RunningPlatform } from "./lib/startPlatform.ts";

let platform: RunningPlatform;
const providers: WebsocketProvider[] = [];
// Where the spinning Worker says it is about to spin: a server of this test, which the
// outbound gateway lets granted sites reach only because the platform lists it.
let told: Server;
const tellings: string[] = [];

beforeAll(async () => {
  told = createServer((request, response) => {
    tellings.push(request.url ?? "");
    response.end("noted");
  });
  await new Promise<void>((resolve) => told.listen(0, "127.0.0.1", resolve));
  platform = await startPlatform({ env: { OUTBOUND_ALLOW_HOSTS: `127.0.0.1:${port(told)}` } });
});

afterAll(async () => {
  for (const provider of providers) provider.destroy();
  console.log("DEBUG output", platform?.output().slice(-6000));
  await platform?.stop();
  told?.close();
});

const port = (server: Server) => (server.address() as AddressInfo).port;

/** Answers `/` at once (the deploy's health check asks it); `/spin` tells `tell`, then never returns. */
const spinner = (tell: string) => `export default {
  async fetch(request) {
    if (new URL(request.url).pathname === "/spin") {
      await fetch(${JSON.stringify(tell)});
      for (;;) {}
    }
    return new Response("awake");
  },
};
`;

function roomClient(origin: string, projectId: string, token: string) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${origin.replace(/^http/, "ws")}/api/projects`, `${projectId}/sync`, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  providers.push(provider);
  const synced = new Promise<void>((resolve) => provider.once("sync", () => resolve()));
  return { doc, synced };
}

/** A new project of `owner` holding `worker.js`, deployed (with network when `network`): answers its site's URL. */
async function deployWorker(owner: ApiClient, code: string, network = false): Promise<string> {
  const id = await owner.createProject(`Cpu ${Math.random().toString(36).slice(2, 7)}`);
  if (network) {
    const granted = await owner.json(`/api/projects/${id}/site`, { method: "PATCH", json: { network: true } });
    expect(granted.status, JSON.stringify(granted.body)).toBe(200);
  }
  const writer = roomClient(platform.origin, id, await owner.roomToken(id));
  const reader = roomClient(platform.origin, id, await owner.roomToken(id));
  await Promise.all([writer.synced, reader.synced]);
  createFile(writer.doc, { path: "worker.js", text: code });
  // Another client has it, so the room has it: the deploy snapshots the room.
  await expect
    .poll(() => listEntries(reader.doc).some((entry) => readText(reader.doc, entry.id) === code))
    .toBe(true);
  const requested = await owner.json<{ deployment: { id: string } }>(`/api/projects/${id}/deployments`, {
    method: "POST",
  });
  expect(requested.status).toBe(202);
  const path = `/api/projects/${id}/deployments/${requested.body.deployment.id}`;
  let deployment = { status: "queued", url: "", log: [] as string[] };
  await expect
    .poll(
      async () => {
        deployment = (await owner.json<typeof deployment>(path)).body;
        return ["live", "failed", "rolled_back"].includes(deployment.status);
      },
      { timeout: 120_000, interval: 250 },
    )
    .toBe(true);
  expect(deployment.status, deployment.log.join("\n")).toBe("live");
  return deployment.url;
}

function settled<T>(promise: Promise<T>): { done: () => boolean } {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  return { done: () => done };
}

describe("a deployed Worker that spins, under npm start", () => {
  it("does not hold the platform: health answers while it spins, it gets a 504, and sites come back", async () => {
    const owner = await ApiClient.signUp(platform.origin, "Spinner");
    const spinning = await deployWorker(owner, spinner(`http://127.0.0.1:${port(told)}/spinning`), true);
    const neighbour = await deployWorker(owner, `export default { fetch() { return new Response("neighbour"); } };`);
    expect((await rawGet(neighbour)).body.toString()).toBe("neighbour");

    const spin = rawGet(new URL("/spin", spinning).href);
    const spun = settled(spin);
    // The Worker said it is about to spin; the platform is asked only after that.
    await expect.poll(() => tellings, { timeout: 30_000 }).toEqual(["/spinning"]);
    const health = await fetch(`${platform.origin}/api/health`);
    expect(health.status).toBe(200);
    // The order is the point: the platform answered while the loop still held its site.
    expect(spun.done()).toBe(false);

    expect((await spin).status).toBe(504);
    expect(platform.output()).toContain("Restarting the site host");
    await expect
      .poll(async () => (await rawGet(neighbour)).body.toString(), { timeout: 120_000, interval: 500 })
      .toBe("neighbour");
    expect((await rawGet(spinning)).body.toString()).toBe("awake");
  });
});
