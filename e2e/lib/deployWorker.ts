import { createFile, listEntries, readText } from "@wove/protocol";
import { expect } from "vitest";
import { WebSocket } from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import type { ApiClient } from "./apiClient.ts";

function roomClient(origin: string, projectId: string, token: string) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${origin.replace(/^http/, "ws")}/api/projects`, `${projectId}/sync`, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const synced = new Promise<void>((resolve) => provider.once("sync", () => resolve()));
  return { doc, synced, close: () => provider.destroy() };
}

/**
 * A new project of `owner` holding `worker.js`, written through its room by the stock
 * y-websocket client and deployed (granted network first when `network`): answers its
 * site's URL once the deployment is live.
 */
export async function deployWorker(origin: string, owner: ApiClient, code: string, network = false): Promise<string> {
  const id = await owner.createProject(`Cpu ${Math.random().toString(36).slice(2, 7)}`);
  if (network) {
    const granted = await owner.json(`/api/projects/${id}/site`, { method: "PATCH", json: { network: true } });
    expect(granted.status, JSON.stringify(granted.body)).toBe(200);
  }
  const writer = roomClient(origin, id, await owner.roomToken(id));
  const reader = roomClient(origin, id, await owner.roomToken(id));
  try {
    await Promise.all([writer.synced, reader.synced]);
    createFile(writer.doc, { path: "worker.js", text: code });
    // Another client has it, so the room has it: the deploy snapshots the room.
    await expect
      .poll(() => listEntries(reader.doc).some((entry) => readText(reader.doc, entry.id) === code))
      .toBe(true);
  } finally {
    writer.close();
    reader.close();
  }
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
