import { execFileSync } from "node:child_process";
import { RoomClient } from "@wove/sync";
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

  it("loses nothing the room confirmed when the runtime process is killed mid-stream", async () => {
    const owner = await ApiClient.signUp(platform.origin, "Owner");
    const id = await owner.createProject("Crash");
    const doc = new Y.Doc();
    const client = new RoomClient({
      url: `${platform.origin.replace(/^http/, "ws")}/api/projects/${id}/sync`,
      doc,
      getToken: () => owner.roomToken(id),
      WebSocket: WebSocket as unknown as typeof globalThis.WebSocket,
    });
    await expect.poll(() => client.status).toBe("synced");
    const text = doc.getText("t");
    // One keystroke is one local change: after n changes the text was snapshots[n]. The
    // client says how many are still pending, so the room has confirmed storing
    // snapshots[typed - pending].
    const snapshots = [""];
    let confirmed = "";
    client.on("pending", (pending) => {
      confirmed = snapshots[snapshots.length - 1 - pending] ?? confirmed;
    });
    let typing = true;
    const typist = (async () => {
      for (let i = 0; typing; i++) {
        const next = text.toString() + String.fromCharCode(97 + (i % 26));
        snapshots.push(next);
        text.insert(text.length, next.slice(-1));
        await new Promise((r) => setTimeout(r, 15));
      }
    })();
    await expect.poll(() => confirmed.length, { timeout: 10_000 }).toBeGreaterThan(100);

    // SIGKILL the workerd/wrangler process group: no shutdown, no flush. The launcher
    // notices and stops the rest.
    const { dataDir, port } = platform;
    const wrangler = execFileSync("pgrep", ["-f", `persist-to ${dataDir}/wrangler`])
      .toString()
      .trim()
      .split("\n")[0];
    const group = execFileSync("ps", ["-o", "pgid=", "-p", wrangler ?? ""])
      .toString()
      .trim();
    process.kill(-Number(group), "SIGKILL");
    typing = false;
    await typist;
    client.destroy();
    const stored = confirmed;
    await platform.stop();

    platform = await startPlatform({ dataDir, port });
    const after = stockClient(platform.origin, id, await owner.roomToken(id));
    await synced(after.provider);
    // Everything confirmed before the kill is there; what was in flight may or may not be.
    await expect.poll(() => after.doc.getText("t").toString().startsWith(stored)).toBe(true);
    expect(stored.length).toBeGreaterThan(100);
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
