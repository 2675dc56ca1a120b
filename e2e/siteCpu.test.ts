import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "./lib/apiClient.ts";
import { deployWorker } from "./lib/deployWorker.ts";
import { rawGet } from "./lib/ideDriver.ts";
import { startPlatform, type RunningPlatform } from "./lib/startPlatform.ts";

let platform: RunningPlatform;
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
    const spinning = await deployWorker(
      platform.origin,
      owner,
      spinner(`http://127.0.0.1:${port(told)}/spinning`),
      true,
    );
    const neighbour = await deployWorker(
      platform.origin,
      owner,
      `export default { fetch() { return new Response("neighbour"); } };`,
    );
    expect((await rawGet(neighbour)).body.toString()).toBe("neighbour");

    const spin = rawGet(new URL("/spin", spinning).href);
    const spun = settled(spin);
    // The Worker said it is about to spin; the platform is asked only after that.
    await expect.poll(() => tellings, { timeout: 30_000 }).toEqual(["/spinning"]);
    // Bounded only so that a platform the loop holds fails here, not at the test's timeout.
    const health = await fetch(`${platform.origin}/api/health`, { signal: AbortSignal.timeout(60_000) });
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
