import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createFile, textOf } from "@wove/protocol";
import { RoomClient, type RoomClientOptions, type RoomStatus } from "@wove/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { signRoomToken, verifyRoomToken } from "../workers/platform/src/rooms/roomToken.ts";
import { ApiClient } from "./lib/apiClient.ts";
import { watchingSends } from "./lib/watchingSends.ts";
import { startPlatform, type RunningPlatform } from "./lib/startPlatform.ts";

let platform: RunningPlatform;
const cleanups: Array<() => void> = [];

beforeAll(async () => {
  platform = await startPlatform();
});

afterAll(async () => {
  for (const cleanup of cleanups) cleanup();
  await platform?.stop();
});

const roomUrl = (id: string) => `${platform.origin.replace(/^http/, "ws")}/api/projects/${id}/sync`;

function syncClient(
  owner: ApiClient,
  id: string,
  getToken = () => owner.roomToken(id),
  extra: Partial<RoomClientOptions> = {},
) {
  let tokens = 0;
  let pings = 0;
  const statuses: RoomStatus[] = [];
  const closed: string[] = [];
  const denied: string[] = [];
  const doc = new Y.Doc();
  const client = new RoomClient({
    url: roomUrl(id),
    doc,
    getToken: () => {
      tokens++;
      return getToken();
    },
    WebSocket: watchingSends((data) => data === "ping" && pings++),
    backoff: { initialMs: 50, maxMs: 500 },
    ...extra,
  });
  client.on("status", (s) => statuses.push(s));
  client.on("closed", (reason) => closed.push(reason));
  client.on("denied", (reason) => denied.push(reason));
  cleanups.push(() => client.destroy());
  return { client, doc, statuses, closed, denied, tokens: () => tokens, pings: () => pings };
}

function stockClient(token: string, id: string) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${platform.origin.replace(/^http/, "ws")}/api/projects`, `${id}/sync`, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  cleanups.push(() => provider.destroy());
  return doc;
}

describe("@wove/sync's RoomClient against a real room", () => {
  it("syncs with the stock y-websocket client both ways", async () => {
    const owner = await ApiClient.signUp(platform.origin, "Owner");
    const id = await owner.createProject("Interop");
    const ours = syncClient(owner, id);
    const stock = stockClient(await owner.roomToken(id), id);
    await expect.poll(() => ours.client.status).toBe("synced");
    ours.doc.getText("t").insert(0, "from @wove/sync");
    await expect.poll(() => stock.getText("t").toString()).toBe("from @wove/sync");
    stock.getText("t").insert(0, "stock says hi, ");
    await expect.poll(() => ours.doc.getText("t").toString()).toBe("stock says hi, from @wove/sync");
    await expect.poll(() => ours.client.pendingChanges).toBe(0);
  });

  it("counts offline edits as pending until the room confirms them", async () => {
    const owner = await ApiClient.signUp(platform.origin, "Owner");
    const id = await owner.createProject("Offline");
    const ours = syncClient(owner, id);
    await expect.poll(() => ours.client.status).toBe("synced");
    ours.client.disconnect();
    await expect.poll(() => ours.client.status).toBe("offline");
    ours.doc.getText("t").insert(0, "written on a plane");
    ours.doc.getText("t").insert(0, "✈ ");
    expect(ours.client.pendingChanges).toBe(2);

    ours.client.connect();
    await expect.poll(() => ours.client.pendingChanges).toBe(0);
    const later = stockClient(await owner.roomToken(id), id);
    await expect.poll(() => later.getText("t").toString()).toBe("✈ written on a plane");
  });

  it("knows which files pending edits touched: one line typed key by key is one file", async () => {
    const owner = await ApiClient.signUp(platform.origin, "Owner");
    const id = await owner.createProject("Files");
    const ours = syncClient(owner, id);
    await expect.poll(() => ours.client.status).toBe("synced");
    ours.client.disconnect();
    await expect.poll(() => ours.client.status).toBe("offline");
    const created = createFile(ours.doc, { path: "notes.md" });
    if (!created.ok) throw new Error(created.error);
    const text = textOf(ours.doc, created.value);
    for (const char of "one line, typed key by key") text?.insert(text.length, char);
    expect(ours.client.pendingChanges).toBeGreaterThan(20);
    expect([...ours.client.pendingFiles]).toEqual([created.value]);

    ours.client.connect();
    await expect.poll(() => ours.client.pendingChanges).toBe(0);
    expect(ours.client.pendingFiles.size).toBe(0);
  });

  it("keeps a person editing on one socket across token refreshes, past the first token's expiry", async () => {
    const owner = await ApiClient.signUp(platform.origin, "Owner");
    const id = await owner.createProject("Refresh");
    // The platform's tokens, re-signed with its key (from its data folder) to live 6 s.
    const key = (JSON.parse(readFileSync(join(platform.dataDir, "secrets.json"), "utf8")) as Record<string, string>)
      .ROOM_TOKEN_PRIVATE_KEY as string;
    const shortToken = async () => {
      const claims = await verifyRoomToken(key, await owner.roomToken(id), id);
      if (!claims) throw new Error("the platform's token did not verify");
      return (await signRoomToken(key, claims, 6)).token;
    };
    const ours = syncClient(owner, id, shortToken);
    const stock = stockClient(await owner.roomToken(id), id);
    await expect.poll(() => ours.client.status).toBe("synced");
    ours.doc.getText("t").insert(0, "before");
    // Two refreshes: the socket has outlived its first token and the one after.
    await expect.poll(() => ours.tokens(), { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
    ours.doc.getText("t").insert(6, ", after");
    await expect.poll(() => stock.getText("t").toString()).toBe("before, after");
    await expect.poll(() => ours.client.pendingChanges).toBe(0);
    // One connection throughout: never offline, never a second connect.
    expect(ours.statuses).not.toContain("offline");
    expect(ours.statuses.filter((s) => s === "synced")).toHaveLength(1);
  });

  it("keeps a quiet client without presence on one socket: the room answers its pings", async () => {
    const owner = await ApiClient.signUp(platform.origin, "Owner");
    const id = await owner.createProject("Quiet");
    const ours = syncClient(owner, id, undefined, { liveness: { pingAfterMs: 200, timeoutMs: 1_000 }, connect: false });
    // No presence: nothing from the room but answers to pings.
    ours.client.awareness.setLocalState(null);
    ours.client.connect();
    await expect.poll(() => ours.client.status).toBe("synced");
    // Pinged well past several timeouts' worth of silence.
    await expect.poll(() => ours.pings(), { timeout: 30_000 }).toBeGreaterThanOrEqual(8);
    expect(ours.statuses.filter((s) => s === "synced")).toHaveLength(1);
    expect(ours.statuses).not.toContain("offline");
    ours.doc.getText("t").insert(0, "still here");
    await expect.poll(() => ours.client.pendingChanges).toBe(0);
  });

  it("reconnects with a fresh token when its role changes, and stops for good when access is removed", async () => {
    const owner = await ApiClient.signUp(platform.origin, "Owner");
    const member = await ApiClient.signUp(platform.origin, "Member");
    const id = await owner.createProject("Roles");
    const memberId = await owner.share(id, member, "editor");
    const ours = syncClient(member, id);
    await expect.poll(() => ours.client.status).toBe("synced");
    expect(ours.tokens()).toBe(1);

    await owner.json(`/api/projects/${id}/members/${memberId}`, {
      method: "PATCH",
      json: { role: "viewer" },
    });
    await expect.poll(() => ours.tokens()).toBe(2);
    await expect.poll(() => ours.client.status).toBe("synced");
    ours.doc.getText("t").insert(0, "can I still write?");
    await expect.poll(() => ours.denied.some((r) => r.includes("read-only"))).toBe(true);

    await owner.json(`/api/projects/${id}/members/${memberId}`, { method: "DELETE" });
    await expect.poll(() => ours.closed).toEqual(["AccessRevoked"]);
    expect(ours.client.status).toBe("closed");
  });
});
