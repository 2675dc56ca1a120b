/** What `clientIp` reads of the platform's configuration. */
export interface ClientIpConfig {
  WOVE_MODE?: string;
  /**
   * The header a reverse proxy in front of the platform sets to the client's address,
   * overwriting whatever the client sent (e.g. "x-forwarded-for" or "cf-connecting-ip").
   * Only set it when every request reaches the platform through that proxy.
   */
  TRUSTED_PROXY?: string;
}

/**
 * The bucket per-IP limits count requests from when the client's address is not known:
 * locally without a trusted proxy every client shares it.
 */
export const UNATTRIBUTED_IP = "unattributed";

/**
 * The client's IP address as the runtime guarantees it, for per-IP limits.
 *
 * - In production on Cloudflare the edge sets CF-Connecting-IP itself, replacing any a
 *   client sent, so it is the client's address.
 * - Behind a configured proxy (TRUSTED_PROXY names its header) the proxy's header is; for
 *   X-Forwarded-For style lists, the last entry is the one the proxy appended.
 * - Locally otherwise nothing is: wrangler dev (Miniflare's entry worker) sets
 *   CF-Connecting-IP from the socket only when the client did not send one, so a client can
 *   claim any address. Every client then counts in one bucket, UNATTRIBUTED_IP: a forged
 *   header changes nothing.
 */
export function clientIp(headers: Headers, config: ClientIpConfig): string {
  const header = config.TRUSTED_PROXY?.trim().toLowerCase() || (config.WOVE_MODE === "local" ? "" : "cf-connecting-ip");
  if (!header) return UNATTRIBUTED_IP;
  const value = headers.get(header)?.split(",").at(-1)?.trim();
  return value || UNATTRIBUTED_IP;
}
