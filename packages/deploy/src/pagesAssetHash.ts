import { blake3 } from "@noble/hashes/blake3.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import { toBase64 } from "./toBase64.ts";

/**
 * The key Cloudflare Pages stores a file under, as wrangler computes it (`pages/hash.ts`):
 * blake3 of the file's base64 text followed by its extension without the dot, first 32 hex
 * digits. The extension is part of the key because Pages serves a key with one content
 * type. Extension as Node's `extname` sees it: of the last segment, and none for a dotfile.
 */
export function pagesAssetHash(bytes: Uint8Array, path: string): string {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 ? name.slice(dot + 1) : "";
  return bytesToHex(blake3(new TextEncoder().encode(toBase64(bytes) + extension))).slice(0, 32);
}
