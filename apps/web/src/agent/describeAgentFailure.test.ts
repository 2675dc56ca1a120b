import { describe, expect, it } from "vitest";
import { ApiRequestError, toApiRequestError } from "../api/ApiRequestError.ts";
import { describeAgentFailure } from "./describeAgentFailure.ts";

const context = { action: "start the run", online: true, returnTo: "/p/p1" };

describe("describeAgentFailure", () => {
  it("shows the server's message, which names the limit or the run's state", () => {
    const limit = toApiRequestError(429, {
      error: { code: "rate_limited", message: "You have used today's 20 agent runs" },
    });
    expect(describeAgentFailure(limit, context)).toEqual({ message: "You have used today's 20 agent runs" });
    const busy = toApiRequestError(409, { error: { code: "conflict", message: "Stop the run before undoing it" } });
    expect(describeAgentFailure(busy, context).message).toBe("Stop the run before undoing it");
  });

  it("tells a viewer refused by the server why, also when the body said nothing", () => {
    const refused = new ApiRequestError(403, "forbidden", "");
    expect(describeAgentFailure(refused, context).message).toBe("Only the project's editors can run the agent.");
  });

  it("links a signed-out person to sign in and back", () => {
    const problem = describeAgentFailure(toApiRequestError(401, undefined), context);
    expect(problem).toEqual({
      message: "Sign in to start the run.",
      link: { href: "/sign-in?next=%2Fp%2Fp1", label: "Sign in" },
    });
  });

  it("tells offline from unreachable when no answer came", () => {
    const none = new ApiRequestError(0, "network", "Cannot reach Wove.");
    expect(describeAgentFailure(none, context).message).toMatch(/^Could not reach Wove to start the run/);
    expect(describeAgentFailure(none, { ...context, online: false }).message).toMatch(/^You are offline/);
  });
});
