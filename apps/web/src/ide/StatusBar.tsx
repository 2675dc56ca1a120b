import type { PendingSource } from "./watchPending.ts";
import type * as Y from "yjs";
import { Avatar } from "./Avatar.tsx";
import { SyncIndicator } from "./SyncIndicator.tsx";
import type { Collaborator } from "./usePresence.ts";
import type { RoomState } from "./useRoomState.ts";

/** The bottom line: is my work saved, what am I looking at, who am I following. */
export function StatusBar({
  room,
  client,
  doc,
  flush,
  online,
  activePath,
  following,
  onStopFollowing,
}: {
  room: RoomState;
  client: PendingSource;
  doc: Y.Doc;
  flush: () => Promise<void>;
  online: boolean;
  activePath: string | null;
  following: Collaborator | null;
  onStopFollowing: () => void;
}) {
  return (
    <footer className="status-bar">
      <SyncIndicator room={room} client={client} doc={doc} flush={flush} online={online} />
      {following && (
        <button type="button" className="status-bar__follow" onClick={onStopFollowing}>
          <Avatar person={following} size="small" />
          Following {following.name} · stop
        </button>
      )}
      <span className="status-bar__path">{activePath ?? ""}</span>
    </footer>
  );
}
