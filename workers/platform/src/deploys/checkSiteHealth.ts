import type { Bindings } from "../AppEnv.ts";
import { serveSite } from "./serveSite.ts";

export type Health = { ok: true; status: number } | { ok: false; detail: string };

/**
 * Asks the site for `/` the way a visitor would, right after activation. Locally that is
 * the platform's own serving path (no network hop); a Cloudflare deployer's site is
 * fetched at its URL. A 5xx or an exception is unhealthy; a 404 is the site's business.
 */
export async function checkSiteHealth(env: Bindings, deployer: string, site: string, url: string): Promise<Health> {
  try {
    const request = new Request(url, { headers: { "user-agent": "wove-health-check" } });
    const response = deployer === "local" ? await serveSite(env, site, request) : await fetch(request);
    // Read to the end, as a visitor would: a body that fails midway is unhealthy too.
    await response.arrayBuffer();
    if (response.status >= 500) return { ok: false, detail: `GET / answered ${response.status}` };
    return { ok: true, status: response.status };
  } catch (err) {
    return { ok: false, detail: `GET / threw: ${err instanceof Error ? err.message : String(err)}` };
  }
}
