import { describe, expect, it } from "vitest";
import { describeAiFailure } from "./describeAiFailure.ts";

const here = { online: true, signedIn: true, returnTo: "/p/p1" };

describe("describeAiFailure", () => {
  it("passes the Worker's rate-limit message on, since it names the limit", () => {
    const failure = {
      kind: "failed",
      code: "rate_limited",
      status: 429,
      message: "Limit: 20 requests a minute per user",
    } as const;
    expect(describeAiFailure(failure, here)).toEqual({ message: "Limit: 20 requests a minute per user" });
  });

  it("links to Settings when no model is configured or a key is refused", () => {
    const failure = { kind: "failed", code: "no_model_available", status: 400, message: "Set OPENAI_API_KEY" } as const;
    expect(describeAiFailure(failure, here)).toEqual({
      message: "Set OPENAI_API_KEY",
      link: { href: "/settings", label: "Open Settings" },
    });
  });

  it("asks a visitor to sign in, and coming back to the project", () => {
    const failure = { kind: "failed", code: "unauthenticated", status: 401, message: "Sign in" } as const;
    expect(describeAiFailure(failure, { ...here, signedIn: false }).link).toEqual({
      href: "/sign-in?next=%2Fp%2Fp1",
      label: "Sign in",
    });
  });

  it("tells offline from unreachable", () => {
    const failure = { kind: "failed", code: "network", status: 0, message: "" } as const;
    expect(describeAiFailure(failure, { ...here, online: false }).message).toMatch(/^You are offline/);
    expect(describeAiFailure(failure, here).message).toMatch(/^Could not reach Wove/);
  });
});
