import type { ProjectRole } from "@wove/db";
import { importJWK, jwtVerify, SignJWT, type JWK } from "jose";

/** Room tokens are short-lived: a (re)connect asks for a fresh one. */
export const ROOM_TOKEN_TTL_SECONDS = 5 * 60;
const ALG = "EdDSA";
const AUDIENCE = "wove-room";

/** What a room learns from a token, without asking the database. */
export interface RoomClaims {
  /** null for an anonymous visitor of a public or unlisted project. */
  userId: string | null;
  projectId: string;
  role: ProjectRole;
  /** The project's access version when the token was minted (see rooms/accessVersion). */
  accessVersion: number;
}

/**
 * A verified token: its claims, when it stops being valid (ms since the epoch), and its
 * own id (rooms count anonymous sockets per token).
 */
export interface VerifiedRoomToken extends RoomClaims {
  expiresAt: number;
  tokenId: string;
}

/** Signs a room token with the platform's Ed25519 key (ROOM_TOKEN_PRIVATE_KEY, a JWK). */
export async function signRoomToken(
  privateJwk: string,
  claims: RoomClaims,
  ttlSeconds = ROOM_TOKEN_TTL_SECONDS,
): Promise<{ token: string; expiresAt: string }> {
  const key = await importJWK(parseJwk(privateJwk), ALG);
  const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
  const token = await new SignJWT({ pid: claims.projectId, role: claims.role, v: claims.accessVersion })
    .setProtectedHeader({ alg: ALG })
    .setSubject(claims.userId ?? "anonymous")
    // EdDSA signatures are deterministic: without an id, two visitors' tokens minted in the
    // same second would be the same token.
    .setJti(crypto.randomUUID())
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(key);
  return { token, expiresAt: expiresAt.toISOString() };
}

/**
 * Verifies a token for `projectId` with the public half of the key. Answers null for a
 * token that is expired, tampered with, signed by another key or meant for another project.
 */
export async function verifyRoomToken(
  privateOrPublicJwk: string,
  token: string,
  projectId: string,
): Promise<VerifiedRoomToken | null> {
  const verified = await readRoomToken(privateOrPublicJwk, token);
  return verified?.projectId === projectId ? verified : null;
}

/**
 * Verifies a token for whichever project it names (a room tells a valid token for another
 * project, Forbidden, from one that proves nothing, Unauthenticated). Answers null for a
 * token that is expired, tampered with or signed by another key.
 */
export async function readRoomToken(privateOrPublicJwk: string, token: string): Promise<VerifiedRoomToken | null> {
  try {
    const { d: _private, ...publicJwk } = parseJwk(privateOrPublicJwk);
    const key = await importJWK(publicJwk, ALG);
    const { payload } = await jwtVerify(token, key, { algorithms: [ALG], audience: AUDIENCE });
    const { pid, role, sub, exp, jti } = payload;
    if (typeof pid !== "string" || !isRole(role) || !sub || !exp || !jti) return null;
    // A token from before access versions is as old as a token can be.
    const accessVersion = Number.isSafeInteger(payload.v) ? (payload.v as number) : 0;
    return {
      userId: sub === "anonymous" ? null : sub,
      projectId: pid,
      role,
      accessVersion,
      expiresAt: exp * 1000,
      tokenId: jti,
    };
  } catch {
    return null;
  }
}

function isRole(value: unknown): value is ProjectRole {
  return value === "owner" || value === "editor" || value === "viewer";
}

function parseJwk(text: string): JWK {
  try {
    return JSON.parse(text) as JWK;
  } catch {
    throw new Error("ROOM_TOKEN_PRIVATE_KEY is not a JWK: set it to an Ed25519 private key in JWK form");
  }
}
