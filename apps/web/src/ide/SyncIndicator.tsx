import type { RoomClient } from "@wove/sync";
import type * as Y from "yjs";
import { useLocalSave, type LocalSave } from "./useLocalSave.ts";
import { useRoomPending, type RoomPending } from "./useRoomPending.ts";
import type { RoomState } from "./useRoomState.ts";

/** What the sync indicator says: the truth about whether work is saved, and where. */
export function describeSync(
  state: Pick<RoomState, "status" | "closed"> & RoomPending,
  online: boolean,
  local: LocalSave = "saved",
) {
  // Counted in files, as a person counts their work: the room's count is of updates, about
  // one a keystroke ("25 changes" for one line).
  const files = state.pendingFiles;
  const inFiles = files > 0 ? ` in ${files} ${files === 1 ? "file" : "files"}` : "";
  if (local === "failed") return { tone: "bad", text: "Not saved on this device: keep this tab open" } as const;
  if (state.closed) return { tone: "bad", text: "Not syncing: edits are kept on this device" } as const;
  if (state.status === "synced") {
    return state.pending
      ? ({ tone: "busy", text: `Syncing edits${inFiles}…` } as const)
      : ({ tone: "good", text: "All changes saved" } as const);
  }
  if (!online || state.status === "offline") {
    if (local === "saving") return { tone: "offline", text: "Offline: saving on this device…" } as const;
    return state.pending
      ? ({ tone: "offline", text: `Offline: unsynced edits${inFiles}, saved on this device` } as const)
      : ({ tone: "offline", text: "Offline: edits are saved on this device" } as const);
  }
  return { tone: "busy", text: "Connecting…" } as const;
}

/**
 * The sync indicator. It reads the unconfirmed changes and the device save itself, the
 * two things that change as someone types, so a keystroke re-renders it and not the IDE.
 */
export function SyncIndicator({
  room,
  client,
  doc,
  flush,
  online,
}: {
  room: RoomState;
  client: RoomClient;
  doc: Y.Doc;
  flush: () => Promise<void>;
  online: boolean;
}) {
  const pending = useRoomPending(client);
  const local = useLocalSave(doc, flush);
  const { tone, text } = describeSync({ ...room, ...pending }, online, local);
  return (
    <span className={`sync sync--${tone}`} role="status" aria-live="polite" data-sync={tone} data-local={local}>
      <span className="sync__dot" aria-hidden="true" />
      {text}
    </span>
  );
}
