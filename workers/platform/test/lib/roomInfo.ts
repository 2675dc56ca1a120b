import { runInDurableObject } from "cloudflare:test";
import type { ProjectRoom } from "../../src/rooms/ProjectRoom.ts";

export interface RoomInfo {
  projectId: string | null;
  createdAt: string | null;
}

/** Which project a room says it serves and since when, read from its storage (room_meta). */
export function roomInfo(stub: DurableObjectStub<ProjectRoom>): Promise<RoomInfo> {
  return runInDurableObject(stub, (_room, state) => {
    const meta = (key: string) =>
      state.storage.sql.exec<{ value: string }>("SELECT value FROM room_meta WHERE key = ?", key).toArray()[0]?.value ??
      null;
    return { projectId: meta("project_id"), createdAt: meta("created_at") };
  });
}

/** The text of the file at `path` in the room's document; null when there is no such text file. */
export async function readRoomFile(stub: DurableObjectStub<ProjectRoom>, path: string): Promise<string | null> {
  const [file] = await stub.readTextFiles([path]);
  return file?.text ?? null;
}
