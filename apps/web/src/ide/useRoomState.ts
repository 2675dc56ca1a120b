import type { RoomCloseName } from "@wove/protocol";
import type { RoomClient, RoomStatus } from "@wove/sync";
import { useEffect, useState } from "react";
import { asApiRequestError } from "../api/ApiRequestError.ts";

export interface RoomState {
  status: RoomStatus;
  /** Set when the room refused a write (the person is a viewer). */
  denied: string | null;
  /** Set when the room closed for good. */
  closed: RoomCloseName | null;
  /** Set when asking for a room token says the session or access is gone (401/403/404). */
  accessLost: "signed-out" | "no-access" | null;
}

/**
 * The room connection's state, as the sync indicator and banners show it. Not the count of
 * unconfirmed changes, which changes on every keystroke: the SyncIndicator watches it where it
 * is shown.
 */
export function useRoomState(client: RoomClient): RoomState {
  const [state, setState] = useState<RoomState>(() => ({
    status: client.status,
    denied: null,
    closed: null,
    accessLost: null,
  }));

  useEffect(() => {
    const update = (patch: Partial<RoomState>) => setState((s) => ({ ...s, ...patch }));
    update({ status: client.status });
    const offs = [
      client.on("status", (status) => update(status === "synced" ? { status, accessLost: null } : { status })),
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
