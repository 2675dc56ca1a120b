import type { RoomCloseName } from "@wove/protocol";
import type { RoomClient, RoomStatus } from "@wove/sync";
import { useEffect, useState } from "react";
import { asApiRequestError } from "../api/ApiRequestError.ts";

export interface RoomState {
  status: RoomStatus;
  /** Local changes the room has not confirmed yet (Yjs updates: about one a keystroke). */
  pending: number;
  /** How many files those changes touched (0 when not known: edits from before a reload). */
  pendingFiles: number;
  /** Set when the room refused a write (the person is a viewer). */
  denied: string | null;
  /** Set when the room closed for good. */
  closed: RoomCloseName | null;
  /** Set when asking for a room token says the session or access is gone (401/403/404). */
  accessLost: "signed-out" | "no-access" | null;
}

/** The room connection's state, as the sync indicator and banners show it. */
export function useRoomState(client: RoomClient): RoomState {
  const [state, setState] = useState<RoomState>(() => ({
    status: client.status,
    pending: client.pendingChanges,
    pendingFiles: client.pendingFiles.size,
    denied: null,
    closed: null,
    accessLost: null,
  }));

  useEffect(() => {
    const update = (patch: Partial<RoomState>) => setState((s) => ({ ...s, ...patch }));
    update({ status: client.status, pending: client.pendingChanges, pendingFiles: client.pendingFiles.size });
    const offs = [
      client.on("status", (status) => update(status === "synced" ? { status, accessLost: null } : { status })),
      client.on("pending", (pending) => update({ pending, pendingFiles: client.pendingFiles.size })),
      client.on("denied", (denied) => update({ denied })),
      client.on("closed", (reason) => update({ closed: reason === "destroyed" ? null : reason })),
      client.on("tokenError", (err) => {
        const status = asApiRequestError(err).status;
        if (status === 401) update({ accessLost: "signed-out" });
        else if (status === 403 || status === 404) update({ accessLost: "no-access" });
      }),
    ];
    return () => offs.forEach((off) => off());
  }, [client]);

  return state;
}
