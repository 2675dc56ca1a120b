import { sha256Hex } from "./sha256Hex.ts";

/** A secret for an invitation link (256 bits, base64url) and the hash that is stored. */
export function newInvitationToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

export const hashToken = (token: string): Promise<string> => sha256Hex(token);

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
