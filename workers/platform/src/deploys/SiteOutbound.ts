import { WorkerEntrypoint } from "cloudflare:workers";
import type { Bindings } from "../AppEnv.ts";
import { forwardOutbound } from "./forwardOutbound.ts";
import type { OutboundPolicy } from "./outboundRule.ts";
import { siteRequests } from "./siteRequests.ts";

export interface SiteOutboundProps {
  /** The Worker Loader id of the site's isolate, whose subrequest budget this spends. */
  isolate: string;
  policy: OutboundPolicy;
}

/**
 * The outbound gateway of a network-granted site run by the Worker Loader: its
 * `globalOutbound`, so every `fetch` the site makes arrives here first and goes on only
 * if the rules let it (forwardOutbound.ts) and the request's subrequest budget
 * (siteRequests.ts) lasts. `connect()` arrives here too and is refused: deployed code
 * opens no TCP sockets (the embedded Postgres, the inspector and the like listen on TCP).
 */
export class SiteOutbound extends WorkerEntrypoint<Bindings, SiteOutboundProps> {
  override fetch(request: Request): Promise<Response> {
    const { isolate, policy } = this.ctx.props;
    return forwardOutbound(request, policy, () => siteRequests.spend(isolate), siteRequests.perRequest);
  }

  /** Closed before a byte passes; the site sees its socket end at once. */
  override async connect(socket: Socket): Promise<void> {
    await socket.close();
  }
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
