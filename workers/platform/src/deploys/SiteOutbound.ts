import { ApiErrorCode, type ApiErrorBody } from "@wove/protocol";
import { WorkerEntrypoint } from "cloudflare:workers";
import type { Bindings } from "../AppEnv.ts";
import { checkOutbound, type OutboundPolicy } from "./outboundRule.ts";
import { siteRequests } from "./siteRequests.ts";

export interface SiteOutboundProps {
  /** The Worker Loader id of the site's isolate, whose subrequest budget this spends. */
  isolate: string;
  policy: OutboundPolicy;
}

/**
 * The outbound gateway of a network-granted site run by the Worker Loader: its
 * `globalOutbound`, so every `fetch` the site makes arrives here first. A request the
 * address rules refuse (outboundRule.ts) answers 403, one past the subrequest budget
 * (siteRequests.ts) 429, both with `{error:{code,message}}` the site's code can read and
 * `X-Wove-Outbound: refused`. Redirects come back to the site unfollowed, so each hop
 * passes through here again. `connect()` arrives here too and is refused: deployed code
 * opens no TCP sockets (the embedded Postgres, the inspector and the like listen on TCP).
 */
export class SiteOutbound extends WorkerEntrypoint<Bindings, SiteOutboundProps> {
  override async fetch(request: Request): Promise<Response> {
    const { isolate, policy } = this.ctx.props;
    const decision = checkOutbound(request.url, policy);
    if (!decision.ok) {
      return refused(403, ApiErrorCode.Forbidden, `Wove's outbound gateway refused ${request.url}: ${decision.reason}`);
    }
    if (!siteRequests.spend(isolate)) {
      return refused(
        429,
        ApiErrorCode.RateLimited,
        `Wove's outbound gateway refused ${request.url}: a request may make at most ${siteRequests.perRequest} subrequests`,
      );
    }
    return fetch(new Request(request, { redirect: "manual" }));
  }

  /** Closed before a byte passes; the site sees its socket end at once. */
  override async connect(socket: Socket): Promise<void> {
    await socket.close();
  }
}

function refused(status: number, code: ApiErrorCode, message: string): Response {
  const body: ApiErrorBody = { error: { code, message } };
  return Response.json(body, { status, headers: { "X-Wove-Outbound": "refused" } });
}

/** The platform's own hosts and the operator's allow-list, from the platform's settings. */
export function outboundPolicyOf(env: Bindings): OutboundPolicy {
  const hostOf = (url: string) => {
    try {
      return new URL(url).hostname.toLowerCase();
    } catch {
      return "";
    }
  };
  const platformHosts = [hostOf(env.PUBLIC_URL ?? ""), (env.DEPLOY_DOMAIN ?? "").toLowerCase()].filter(Boolean);
  const allowed = (env.OUTBOUND_ALLOW_HOSTS ?? "")
    .split(",")
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);
  return { platformHosts, allowed };
}
