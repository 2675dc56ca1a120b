import type { ApiRequestError } from "../api/ApiRequestError.ts";
import type { AiProblem } from "../ai/describeAiFailure.ts";

/**
 * Words for a refused agent request, from its status and code: the server's message
 * otherwise, which names the limit on a 429 and the run's state on a 409 ("Stop the run
 * before undoing it"). `action` is what was tried, for the sentences this page writes.
 */
export function describeAgentFailure(
  error: ApiRequestError,
  context: { action: string; online: boolean; returnTo: string },
): AiProblem {
  const { status, code, message } = error;
  if (status === 0 && code === "network") {
    return {
      message: context.online
        ? `Could not reach Wove to ${context.action}. Check your connection and try again.`
        : `You are offline: to ${context.action} needs the network. Runs already started go on on the server.`,
    };
  }
  if (status === 401) {
    return {
      message: `Sign in to ${context.action}.`,
      link: { href: `/sign-in?next=${encodeURIComponent(context.returnTo)}`, label: "Sign in" },
    };
  }
  if (status === 403) return { message: message || "Only the project's editors can run the agent." };
  if (status === 429) return { message: message || "The agent's limit is reached: wait a while and try again." };
  if (status === 404 && code === "not_found" && !message) {
    return { message: "That run is gone: it was removed, or the project was deleted." };
  }
  return { message: message || `Could not ${context.action} (${code}).` };
}
