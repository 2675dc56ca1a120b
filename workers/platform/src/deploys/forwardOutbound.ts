import { ApiErrorCode, type ApiErrorBody } from "@wove/protocol";
import { checkOutbound, type OutboundPolicy } from "./outboundRule.ts";

/**
 * The outbound gateway's one decision, for both runtimes: the Worker Loader's
 * `globalOutbound` (SiteOutbound.ts) and Workers for Platforms' outbound Worker
 * (serveOutbound.ts). A request the address rules refuse answers 403, one past the budget
 * (`spend` answers false) 429, both `{error:{code,message}}` with `X-Wove-Outbound:
 * refused`, which the site's code can read. Redirects come back to the site unfollowed,
 * so each hop passes the rules again.
 */
export async function forwardOutbound(
  request: Request,
  policy: OutboundPolicy,
  spend: () => boolean,
  perRequest: number,
): Promise<Response> {
  const decision = checkOutbound(request.url, policy);
  if (!decision.ok) {
    return refused(403, ApiErrorCode.Forbidden, `Wove's outbound gateway refused ${request.url}: ${decision.reason}`);
  }
  if (!spend()) {
    return refused(
      429,
      ApiErrorCode.RateLimited,
      `Wove's outbound gateway refused ${request.url}: a request may make at most ${perRequest} subrequests`,
    );
  }
  return fetch(new Request(request, { redirect: "manual" }));
}

export function refused(status: number, code: ApiErrorCode, message: string): Response {
  const body: ApiErrorBody = { error: { code, message } };
  return Response.json(body, { status, headers: { "X-Wove-Outbound": "refused" } });
}
