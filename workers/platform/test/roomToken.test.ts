import { env } from "cloudflare:workers";
import { SignJWT, importJWK, type JWK } from "jose";
import { describe, expect, it } from "vitest";
import { verifyRoomToken } from "../src/rooms/roomToken.ts";
import { Client, signUp } from "./lib/Client.ts";

async function projectOf(owner: Client, visibility: string) {
  return (await owner.json<{ id: string }>("/api/projects", { method: "POST", json: { name: "Room", visibility } }))
    .body.id;
}

describe("room tokens", () => {
  it("carry the user, the project and the role, verifiable without the database", async () => {
    const alice = await signUp();
    const id = await projectOf(alice, "private");
    const res = await alice.json<{ token: string; expiresAt: string; role: string }>(`/api/projects/${id}/room-token`, {
      method: "POST",
    });
    expect(res.status).toBe(200);
    expect(Date.parse(res.body.expiresAt) - Date.now()).toBeGreaterThan(60_000);
    const claims = await verifyRoomToken(env.ROOM_TOKEN_PRIVATE_KEY, res.body.token, id);
    expect(claims).toEqual({
      userId: alice.userId,
      projectId: id,
      role: "owner",
      accessVersion: 1,
      expiresAt: Math.floor(Date.parse(res.body.expiresAt) / 1000) * 1000,
      tokenId: expect.any(String),
    });
  });

  it("give anonymous visitors of a public project a viewer token", async () => {
    const alice = await signUp();
    const id = await projectOf(alice, "public");
    const mint = () => new Client().json<{ token: string }>(`/api/projects/${id}/room-token`, { method: "POST" });
    const [res, other] = await Promise.all([mint(), mint()]);
    const claims = await verifyRoomToken(env.ROOM_TOKEN_PRIVATE_KEY, res.body.token, id);
    expect(claims).toEqual({
      userId: null,
      projectId: id,
      role: "viewer",
      accessVersion: 1,
      expiresAt: expect.any(Number),
      tokenId: expect.any(String),
    });
    // Two visitors in the same second get tokens of their own (a room counts sockets per token).
    const otherClaims = await verifyRoomToken(env.ROOM_TOKEN_PRIVATE_KEY, other.body.token, id);
    expect(otherClaims?.tokenId).not.toBe(claims?.tokenId);
  });

  it("are refused when tampered with, expired, signed by another key or for another project", async () => {
    const alice = await signUp();
    const id = await projectOf(alice, "private");
    const { token } = (await alice.json<{ token: string }>(`/api/projects/${id}/room-token`, { method: "POST" })).body;
    const key = env.ROOM_TOKEN_PRIVATE_KEY;

    const [header, payload, signature] = token.split(".");
    const forged = JSON.parse(atob(payload ?? "")) as Record<string, unknown>;
    const tampered = `${header}.${btoa(JSON.stringify({ ...forged, role: "owner", sub: "someone-else" })).replace(/=+$/, "")}.${signature}`;
    expect(await verifyRoomToken(key, tampered, id)).toBeNull();
    expect(await verifyRoomToken(key, token, "another-project")).toBeNull();

    const otherKey = (await crypto.subtle.generateKey({ name: "Ed25519" }, true, ["sign", "verify"])) as CryptoKeyPair;
    const otherJwk = JSON.stringify(await crypto.subtle.exportKey("jwk", otherKey.privateKey));
    expect(await verifyRoomToken(otherJwk, token, id)).toBeNull();

    const signingKey = await importJWK(JSON.parse(key) as JWK, "EdDSA");
    const expired = await new SignJWT({ pid: id, role: "owner" })
      .setProtectedHeader({ alg: "EdDSA" })
      .setSubject(alice.userId)
      .setAudience("wove-room")
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(signingKey);
    expect(await verifyRoomToken(key, expired, id)).toBeNull();
  });
});
