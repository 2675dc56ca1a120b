import type { RoomClient } from "@wove/sync";
import { createContext, useContext } from "react";

/**
 * The open project's room client, owned by the IDE's session and handed down to what needs
 * the live connection (a deploy waits for this tab's edits to reach it). A context, not a
 * store: a store would keep the client after the session that owns it has closed it.
 */
export const RoomContext = createContext<RoomClient | null>(null);

/** The open project's room, or null outside the IDE. */
export function useRoom(): RoomClient | null {
  return useContext(RoomContext);
}
