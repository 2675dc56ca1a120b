import { z } from "zod";
import { isSameSecret } from "../auth/isSameSecret.ts";
import type { SiteRun } from "../deploys/loadSiteWorker.ts";

/**
 * The platform's request to the site host (SiteHost.ts) to run one visitor request.
 *
 * It is the visitor's request itself (method, headers, body), sent to the host's address,
 * with two headers of ours: `X-Wove-Site-Host-Key`, the launcher's per-start secret, so
 * nothing else on the machine can make the host run code; and `X-Wove-Site-Run`, the run
 * as URI-encoded JSON: the visitor's URL (the site's code reads its host and path), the
 * isolate id, the bundle's hash (the host fetches the code from the platform by it, with
 * the same key, only when the isolate is not warm), the network grant and the gateway's
 * policy. A visitor's own headers of these names are replaced, never passed on.
 *
 * The host answers the site's response as it is, or, when the site's Worker threw or the
 * request was refused, an error whose message is its body, marked with
 * `X-Wove-Site-Host-Failed` (writeSiteHostFailure), so the platform can tell the two apart.
 */
export const SITE_HOST_KEY_HEADER = "x-wove-site-host-key";
export const SITE_RUN_HEADER = "x-wove-site-run";
export const SITE_HOST_FAILED_HEADER = "x-wove-site-host-failed";

export interface SiteHostRun extends SiteRun {
  /** The visitor's URL, as the site's Worker sees it. */
  url: string;
}

const siteHostRunSchema = z.object({
  url: z.url(),
  isolate: z.string().min(1),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  network: z.boolean(),
  policy: z.object({ platformHosts: z.array(z.string()), allowed: z.array(z.string()) }),
});

export type ReadSiteHostRequest =
  { ok: true; run: SiteHostRun; request: Request } | { ok: false; status: 400 | 401; message: string };

/** The request to send to the site host at `hostUrl` for `visitor`'s request under `run`. */
export function writeSiteHostRequest(hostUrl: string, key: string, run: SiteRun, visitor: Request): Request {
  const headers = new Headers(visitor.headers);
  headers.set(SITE_HOST_KEY_HEADER, key);
  headers.set(SITE_RUN_HEADER, encodeURIComponent(JSON.stringify({ ...run, url: visitor.url })));
  // Uncompressed on loopback: the host's workerd would otherwise encode the answer for the
  // platform, which passes the coding on to a visitor who never asked for it. The site still
  // sees "br, gzip", which workerd (as Cloudflare) sets on every request a Worker receives.
  headers.set("accept-encoding", "identity");
  return new Request(new URL("/run", hostUrl), withBody(visitor, headers));
}

/** The run and the visitor's request as the site sees it, or why the host refuses it. */
export async function readSiteHostRequest(request: Request, key: string | undefined): Promise<ReadSiteHostRequest> {
  if (!(await isSameSecret(key, request.headers.get(SITE_HOST_KEY_HEADER) ?? undefined))) {
    return { ok: false, status: 401, message: "the site host answers only to the platform that started with it" };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(decodeURIComponent(request.headers.get(SITE_RUN_HEADER) ?? ""));
  } catch {
    return { ok: false, status: 400, message: `${SITE_RUN_HEADER} is not URI-encoded JSON` };
  }
  const run = siteHostRunSchema.safeParse(parsed);
  if (!run.success) return { ok: false, status: 400, message: `${SITE_RUN_HEADER}: ${run.error.message}` };
  const headers = new Headers(request.headers);
  headers.delete(SITE_HOST_KEY_HEADER);
  headers.delete(SITE_RUN_HEADER);
  return { ok: true, run: run.data, request: new Request(run.data.url, withBody(request, headers)) };
}

/** `request`'s method and body with `headers`, its redirects left to the site (each hop is a new request). */
function withBody(request: Request, headers: Headers): RequestInit {
  const bodyless = request.method === "GET" || request.method === "HEAD";
  // `duplex` is what Node's fetch needs for a streamed body; workerd ignores it.
  return {
    method: request.method,
    headers,
    redirect: "manual",
    ...(bodyless ? {} : { body: request.body, duplex: "half" }),
  } as RequestInit;
}

/** The host's answer when it could not run the site: `message` in the body, marked as the host's. */
export function writeSiteHostFailure(status: number, message: string): Response {
  return new Response(message, { status, headers: { [SITE_HOST_FAILED_HEADER]: "1", "content-type": "text/plain" } });
}
