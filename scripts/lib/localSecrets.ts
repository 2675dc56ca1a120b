import { generateKeyPairSync, randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface LocalSecrets {
  BETTER_AUTH_SECRET: string;
  ROOM_TOKEN_PRIVATE_KEY: string;
  AI_KEYS_SECRET: string;
}

/** A fresh Ed25519 private key as a JWK string: what ROOM_TOKEN_PRIVATE_KEY holds. */
export function generateRoomTokenKey(): string {
  const { privateKey } = generateKeyPairSync("ed25519");
  return JSON.stringify(privateKey.export({ format: "jwk" }));
}

export function generateLocalSecrets(): LocalSecrets {
  return {
    BETTER_AUTH_SECRET: randomBytes(32).toString("hex"),
    ROOM_TOKEN_PRIVATE_KEY: generateRoomTokenKey(),
    AI_KEYS_SECRET: randomBytes(32).toString("hex"),
  };
}

/**
 * The local platform's secrets, made once per data folder and kept there (mode 0600), so
 * sessions and room tokens stay valid across restarts.
 */
export function loadLocalSecrets(dataDir: string): LocalSecrets {
  const file = join(dataDir, "secrets.json");
  const saved = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Partial<LocalSecrets>) : {};
  // A data folder from an older version lacks newer secrets: add them, keep the rest.
  const secrets = { ...generateLocalSecrets(), ...saved };
  if (Object.keys(saved).length === Object.keys(secrets).length) return secrets;
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
