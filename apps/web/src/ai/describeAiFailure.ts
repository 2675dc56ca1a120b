import type { ChatOutcome } from "./streamChat.ts";

/** A failure as the panel shows it: what happened and what to do, with a link when one helps. */
export interface AiProblem {
  message: string;
  link?: { href: string; label: string };
}

const settings = { href: "/settings", label: "Open Settings" };

/** Words for a failed request, from its code and status (never from matching message text). */
export function describeAiFailure(
  failure: Extract<ChatOutcome, { kind: "failed" }>,
  context: { online: boolean; signedIn: boolean; returnTo: string },
): AiProblem {
  const { code, message, status } = failure;
  if (status === 0) {
    return {
      message: context.online
        ? "Could not reach Wove. Check your connection and try again; your question is still here."
        : "You are offline: the AI needs the network. The thread stays readable on this device.",
    };
  }
  if (status === 401 || (!context.signedIn && status === 403)) {
    return {
      message: "Sign in to ask the AI.",
      link: { href: `/sign-in?next=${encodeURIComponent(context.returnTo)}`, label: "Sign in" },
    };
  }
  // The Worker's 429 message names the limit that was hit (requests a minute, a budget).
  if (status === 429) return { message: message || "Too many requests to the AI: wait a minute and try again." };
  if (code === "no_model_available" || code === "invalid_key" || code === "billing") {
    return { message: message || "No AI model is available.", link: settings };
  }
  return { message: message || `The AI could not answer (${code}).` };
}
