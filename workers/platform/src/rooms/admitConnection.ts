import { RoomLimits, type RoomCloseName } from "@wove/protocol";
import type { RoomConnection, Visitor } from "./RoomConnection.ts";

export type ConnectionLimits = Record<
  | "MAX_CONNECTIONS"
  | "MAX_ANONYMOUS_CONNECTIONS"
  | "MAX_CONNECTIONS_PER_ANONYMOUS_TOKEN"
  | "MAX_ANONYMOUS_CONNECTIONS_PER_IP",
  number
>;

/**
 * Whether a room with `open` sockets takes one more, or the close to refuse it with.
 * Anonymous tokens are free to mint and reuse, so anonymous visitors are counted per
 * token, per client IP and together, and the visitors' share leaves the rest of the room
 * to people who signed in: a crowd of visitors can fill their share, never the owner's seat.
 */
export function admitConnection(
  open: Iterable<RoomConnection>,
  visitor: Visitor | undefined,
  limits: ConnectionLimits = RoomLimits,
): RoomCloseName | null {
  let total = 0;
  let anonymous = 0;
  let sameToken = 0;
  let sameIp = 0;
  for (const connection of open) {
    total++;
    if (!connection.visitor) continue;
    anonymous++;
    if (connection.visitor.token === visitor?.token) sameToken++;
    if (connection.visitor.ip === visitor?.ip) sameIp++;
  }
  if (total >= limits.MAX_CONNECTIONS) return "RoomFull";
  if (!visitor) return null;
  if (sameToken >= limits.MAX_CONNECTIONS_PER_ANONYMOUS_TOKEN) return "TooManyConnections";
  if (sameIp >= limits.MAX_ANONYMOUS_CONNECTIONS_PER_IP) return "TooManyConnections";
  if (anonymous >= limits.MAX_ANONYMOUS_CONNECTIONS) return "RoomFull";
  return null;
}
