import { artifactKey, type Manifest } from "@wove/deploy";
import type { Bindings } from "../AppEnv.ts";
import { cookieDomain } from "./cookieDomain.ts";

/** Per request: enough for a site's handler, too little to mine or to flood anyone. */
const LIMITS = { cpuMs: 50, subRequests: 50 };
/** The runtime version deployed Workers get; pinned so a platform upgrade changes none of them. */
const COMPATIBILITY_DATE = "2026-10-20";
/** better-auth's cookies (`better-auth.session_token`, with `__Secure-` over HTTPS). */
const PLATFORM_COOKIE = /^(__Secure-|__Host-)?better-auth[.-]/;

/**
 * Runs a site's Worker through the Worker Loader. Its id carries the deployment and
 * version, so a new version is a new isolate and a rollback reuses a warm one. It gets no
 * bindings (`env: {}`), no network unless the project granted it (`globalOutbound: null`
 * makes every fetch and connect throw), and CPU and subrequest limits.
 */
export async function runSiteWorker(env: Bindings, manifest: Manifest, request: Request): Promise<Response> {
  const worker = manifest.worker;
  if (!worker) throw new Error("runSiteWorker: the manifest has no Worker");
  const stub = env.LOADER.get(`${manifest.deploymentId}:${manifest.version}`, async () => {
    const object = await env.BLOBS.get(artifactKey(worker.hash));
    if (!object) throw new Error(`the Worker bundle ${worker.hash} is missing from storage`);
    return {
      compatibilityDate: COMPATIBILITY_DATE,
      mainModule: "worker.js",
      modules: { "worker.js": await object.text() },
      env: {},
      ...(worker.network ? {} : { globalOutbound: null }),
      limits: LIMITS,
    };
  });
  const response = await stub.getEntrypoint().fetch(withoutPlatformCookies(request));
  return withoutDomainCookies(response);
}

/**
 * The request minus the IDE's session cookies. Browsers do not send a host-only
 * `localhost` cookie to `<site>.localhost`, but a deploy domain that is a subdomain of the
 * IDE's could carry them; they must never reach code we do not control.
 */
function withoutPlatformCookies(request: Request): Request {
  const cookie = request.headers.get("cookie");
  if (!cookie) return request;
  const kept = cookie
    .split(/;\s*/)
    .filter((pair) => !PLATFORM_COOKIE.test(pair.split("=", 1)[0] ?? ""))
    .join("; ");
  const headers = new Headers(request.headers);
  if (kept) headers.set("cookie", kept);
  else headers.delete("cookie");
  return new Request(request, { headers });
}

/**
 * The response minus cookies set with a Domain: a site may set cookies for itself only,
 * never for a parent domain the IDE lives under (session fixation).
 */
function withoutDomainCookies(response: Response): Response {
  const cookies = response.headers.getSetCookie();
  if (!cookies.some((cookie) => cookieDomain(cookie) !== null)) return response;
  const headers = new Headers(response.headers);
  headers.delete("set-cookie");
  for (const cookie of cookies) if (cookieDomain(cookie) === null) headers.append("set-cookie", cookie);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
