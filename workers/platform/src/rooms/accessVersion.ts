import type { RoomCloseName } from "@wove/protocol";
import type { RoomConnection } from "./RoomConnection.ts";
import type { VerifiedRoomToken } from "./roomToken.ts";

/**
 * Access versions: how a room takes back access it granted.
 *
 * Postgres keeps `projects.access_version`, raised in the same transaction as every change
 * to who may do what (members, roles, teams, visibility). A room token carries the version
 * it was minted at, and the room keeps the newest version it knows in its metadata. The
 * room learns a version two ways: the Worker tells it after each change (`bumpAccess`),
 * and every valid token proves its own version is current or past (a missed RPC heals on
 * the next connect). It never goes down.
 *
 * A token older than the room's version predates a change and may grant what is gone, so
 * it is refused, and a socket that joined with one is closed when the room learns of the
 * change. A room that has never been told (version 0) accepts any valid token.
 */

/** The room's version after it hears of `incoming`. */
export function learnAccessVersion(room: number, incoming: number): number {
  return Math.max(room, incoming);
}

/** Whether a connection must go now that the room knows `version`, and why. */
export function closeForVersion(
  connection: RoomConnection,
  version: number,
  revokedUserIds: readonly string[] = [],
): RoomCloseName | null {
  if (connection.accessVersion >= version) return null;
  // Someone the Worker knows lost all access hears so; anyone else reconnects with a
  // fresh token that says what they may do now (perhaps nothing: the IDE then says so).
  return connection.userId !== null && revokedUserIds.includes(connection.userId) ? "AccessRevoked" : "AccessChanged";
}

/**
 * Whether the room of `projectId`, knowing `version`, admits a socket presenting `token`
 * at connect. A valid token for another project is Forbidden: retrying cannot help.
 */
export function admitToken(token: VerifiedRoomToken | null, projectId: string, version: number): RoomCloseName | null {
  if (!token) return "Unauthenticated";
  if (token.projectId !== projectId) return "Forbidden";
  return token.accessVersion < version ? "AccessChanged" : null;
}

/**
 * A fresh token sent on an open socket (the auth message): it extends the socket's life
 * when it is for the same person with the same role and is current; otherwise the socket
 * is closed, and the client reconnects with what it may do now.
 */
export function refreshConnection(
  connection: RoomConnection,
  token: VerifiedRoomToken | null,
  projectId: string,
  version: number,
): { close: RoomCloseName } | { connection: RoomConnection } {
  if (token && token.projectId !== projectId) return { close: "Forbidden" };
  // A token for someone else must not take over a socket.
  if (!token || token.userId !== connection.userId) return { close: "Unauthenticated" };
  if (token.accessVersion < version) return { close: "AccessChanged" };
  if (token.role !== connection.role) return { close: "RoleChanged" };
  return { connection: { ...connection, accessVersion: token.accessVersion, expiresAt: token.expiresAt } };
}
