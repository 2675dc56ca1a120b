import { rmSync } from "node:fs";
import { ApiClient } from "../../e2e/lib/apiClient.ts";
import { startPlatform } from "../../e2e/lib/startPlatform.ts";
import { findWorkerd } from "./findWorkerOrigin.ts";
import type { RoomServer } from "./RoomServer.ts";

/**
 * The whole local platform (`npm start --skip-build`: wrangler dev, workerd, embedded
 * Postgres) with one account; each room is a new project's room, reached the way the app
 * reaches it: `/api/projects/<id>/sync?token=<room token>`, on the Worker's own workerd (as
 * production has it, without wrangler dev's proxy in front: see findWorkerOrigin).
 */
export async function startWoveServer(): Promise<RoomServer & { workerPid: number }> {
  const platform = await startPlatform();
  const stop = async () => {
    await platform.stop();
    rmSync(platform.dataDir, { recursive: true, force: true });
  };
  let owner: ApiClient;
  try {
    owner = await ApiClient.signUp(platform.origin, "Bench");
  } catch (err) {
    await stop();
    throw err;
  }
  const worker = await findWorkerd(platform.process.pid ?? 0, platform.port);
  const serverUrl = `${worker.origin.replace(/^http/, "ws")}/api/projects`;
  let rooms = 0;
  return {
    workerPid: worker.pid,
    createRoom: async () => {
      const id = await owner.createProject(`bench ${++rooms}`);
      // A token is valid for 5 minutes: one per connection, fetched just before it opens.
      return {
        address: async () => ({ serverUrl, roomName: `${id}/sync`, params: { token: await owner.roomToken(id) } }),
      };
    },
    stop,
  };
}
