import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { ApiClient } from "./lib/apiClient.ts";
import { startPlatform, type RunningPlatform } from "./lib/startPlatform.ts";

let platform: RunningPlatform;
const providers: WebsocketProvider[] = [];

beforeAll(async () => {
  platform = await startPlatform();
});

afterAll(async () => {
  for (const provider of providers) provider.destroy();
  await platform?.stop();
});

/** The stock y-websocket client, unchanged: only the URL and the token parameter are ours. */
function stockClient(origin: string, projectId: string, token: string, doc = new Y.Doc()) {
  const provider = new WebsocketProvider(`${origin.replace(/^http/, "ws")}/api/projects`, `${projectId}/sync`, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  providers.push(provider);
  return { doc, provider };
}

const synced = (provider: WebsocketProvider) =>
  new Promise<void>((resolve) => (provider.synced ? resolve() : provider.once("sync", () => resolve())));

describe("rooms over real sockets", () => {
  it("syncs two stock y-websocket clients through the room, and keeps the text across a restart", async () => {
    const owner = await ApiClient.signUp(platform.origin, "Owner");
    const id = await owner.createProject("Live");
    const a = stockClient(platform.origin, id, await owner.roomToken(id));
    const b = stockClient(platform.origin, id, await owner.roomToken(id));
    await Promise.all([synced(a.provider), synced(b.provider)]);

    a.doc.getText("t").insert(0, "hello from a");
    await expect.poll(() => b.doc.getText("t").toString()).toBe("hello from a");
    b.doc.getText("t").insert(0, "b says: ");
    await expect.poll(() => a.doc.getText("t").toString()).toBe("b says: hello from a");

    // Presence travels too.
    a.provider.awareness.setLocalStateField("user", { name: "Ann" });
    await expect
      .poll(() =>
        [...b.provider.awareness.getStates().values()].some((s) => (s.user as { name?: string })?.name === "Ann"),
      )
      .toBe(true);

    a.provider.destroy();
    b.provider.destroy();
    const { dataDir, port } = platform;
    expect(await platform.stop()).toBe(0);
    platform = await startPlatform({ dataDir, port });
    const c = stockClient(platform.origin, id, await owner.roomToken(id));
    await synced(c.provider);
    await expect.poll(() => c.doc.getText("t").toString()).toBe("b says: hello from a");
  });

  it("lets a viewer follow along but not write", async () => {
    const owner = await ApiClient.signUp(platform.origin, "Owner");
    const id = await owner.createProject("Readable", "public");
    const writer = stockClient(platform.origin, id, await owner.roomToken(id));
    const visitor = stockClient(platform.origin, id, await new ApiClient(platform.origin).roomToken(id));
    await Promise.all([synced(writer.provider), synced(visitor.provider)]);
    writer.doc.getText("t").insert(0, "announcement");
    await expect.poll(() => visitor.doc.getText("t").toString()).toBe("announcement");

    visitor.doc.getText("t").insert(0, "graffiti ");
    const fresh = stockClient(platform.origin, id, await owner.roomToken(id));
    await synced(fresh.provider);
    await expect.poll(() => fresh.doc.getText("t").toString()).toBe("announcement");
    expect(writer.doc.getText("t").toString()).toBe("announcement");
  });
});
