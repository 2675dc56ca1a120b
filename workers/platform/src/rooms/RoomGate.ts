import type { RoomCloseName } from "@wove/protocol";
import { admitToken, learnAccessVersion, refreshConnection } from "./accessVersion.ts";
import { admitConnection } from "./admitConnection.ts";
import type { RoomConnection } from "./RoomConnection.ts";
import { readClientIp } from "./roomRequest.ts";
import type { RoomStorage } from "./RoomStorage.ts";
import { readRoomToken } from "./roomToken.ts";

/**
 * Who may hold a socket on a room: the room token at connect and on refresh, the room's
 * access version (see accessVersion) and its connection limits (see admitConnection).
 * When the room learns a newer version, `closeOlder` closes the sockets it outdates.
 */
export class RoomGate {
  #version: number;

  constructor(
    private readonly store: Pick<RoomStorage, "readAccessVersion" | "writeAccessVersion">,
    private readonly key: string,
    readonly projectId: string,
    private readonly closeOlder: (version: number, revokedUserIds: readonly string[]) => number,
  ) {
    this.#version = store.readAccessVersion();
  }

  /** The connection a socket opened by `request` (its token in the URL) would have, or why it is refused. */
  async admit(request: Request, open: Iterable<RoomConnection>): Promise<RoomConnection | RoomCloseName> {
    const claims = await this.#read(new URL(request.url).searchParams.get("token") ?? "");
    const refusal = admitToken(claims, this.projectId, this.#version);
    if (refusal || !claims) return refusal ?? "Unauthenticated";
    const { userId, role, accessVersion, expiresAt } = claims;
    const visitor = userId ? undefined : { token: claims.tokenId, ip: readClientIp(request) };
    const connection = { userId, role, clientIds: [], clocks: [], accessVersion, expiresAt, visitor };
    return admitConnection(open, visitor) ?? connection;
  }

  /**
   * A fresh token on an open socket: its connection extended, or why it must close. The
   * connection is read once the token is verified, so presence noted meanwhile is kept.
   */
  async refresh(token: string, connection: () => RoomConnection) {
    const claims = await this.#read(token);
    return refreshConnection(connection(), claims, this.projectId, this.#version);
  }

  /** The room hears of `version` (an RPC or a token): answers how many sockets it closed. */
  learn(version: number, revokedUserIds: readonly string[] = []): number {
    const learned = learnAccessVersion(this.#version, version);
    // Nothing new (most connects): every open socket was checked against this version already.
    if (learned === this.#version) return 0;
    this.#version = learned;
    this.store.writeAccessVersion(learned);
    return this.closeOlder(learned, revokedUserIds);
  }

  /** Verifies `token`; a valid one for this project tells the room its version. */
  async #read(token: string) {
    const claims = await readRoomToken(this.key, token);
    if (claims?.projectId === this.projectId) this.learn(claims.accessVersion);
    return claims;
  }
}
