/** A user's own API keys, decrypted by the Worker for one request. They replace the platform's. */
export interface UserKeys {
  anthropic?: string;
  openai?: string;
  google?: string;
}
