import { Avatar } from "./Avatar.tsx";
import { SyncIndicator } from "./SyncIndicator.tsx";
import type { LocalSave } from "./useLocalSave.ts";
import type { Collaborator } from "./usePresence.ts";
import type { RoomState } from "./useRoomState.ts";

/** The bottom line: is my work saved, what am I looking at, who am I following. */
export function StatusBar({
  room,
  online,
  local,
  activePath,
  following,
  onStopFollowing,
}: {
  room: RoomState;
  online: boolean;
  local: LocalSave;
  activePath: string | null;
  following: Collaborator | null;
  onStopFollowing: () => void;
}) {
  return (
    <footer className="status-bar">
      <SyncIndicator state={room} online={online} local={local} />
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
