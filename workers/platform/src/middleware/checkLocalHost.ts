import { ApiErrorCode } from "@wove/protocol";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../AppEnv.ts";
import { trustedOrigins } from "../auth/trustedOrigins.ts";
import { ApiError } from "../errors/ApiError.ts";

/**
 * Locally, the platform answers only the host names it is reached by: its loopback names,
 * `<site>.localhost` for deployed sites, and the hosts of PUBLIC_URL and TRUSTED_ORIGINS
 * (HOST=0.0.0.0 puts the LAN addresses there). A web page elsewhere can point its own
 * domain's DNS at 127.0.0.1 (DNS rebinding) and then call the local API as same-origin; its
 * requests carry that domain as Host, and are refused. In production Cloudflare routes only
 * the platform's own zones to the Worker.
 */
export function isLocalHostAllowed(
  host: string,
  env: { WOVE_MODE?: string; PUBLIC_URL?: string; TRUSTED_ORIGINS?: string },
): boolean {
  if (env.WOVE_MODE !== "local") return true;
  const name = host.replace(/:\d+$/, "").toLowerCase();
  if (name === "localhost" || name === "127.0.0.1" || name === "[::1]" || name.endsWith(".localhost")) return true;
  return trustedOrigins(env).some((origin) => new URL(origin).hostname === name);
}

export const checkLocalHost: MiddlewareHandler<AppEnv> = async (c, next) => {
  const host = c.req.header("host") ?? new URL(c.req.url).host;
  if (!isLocalHostAllowed(host, c.env)) {
    throw new ApiError(
      421,
      ApiErrorCode.Forbidden,
      `This platform does not answer to ${host}: open it at its own address, or add the origin to TRUSTED_ORIGINS`,
    );
  }
  return next();
};
