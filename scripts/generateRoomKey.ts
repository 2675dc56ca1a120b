/**
 * `npm run keys:room`: prints a fresh Ed25519 private key as a JWK, for
 * `wrangler secret put ROOM_TOKEN_PRIVATE_KEY`. (`npm start` makes its own, kept in
 * the data folder.)
 */
import { generateRoomTokenKey } from "./lib/localSecrets.ts";

console.log(generateRoomTokenKey());
