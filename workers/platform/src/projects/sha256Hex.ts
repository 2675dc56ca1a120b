/** The sha256 of `data` as lowercase hex: blob keys and stored invitation-token hashes (one implementation, shared with deploys). */
export { sha256Hex } from "@wove/deploy";
