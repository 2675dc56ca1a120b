import { describe, expect, it } from "vitest";
import { devMailboxUrl, findDevMailboxUrl } from "./devMailboxUrl.ts";

describe("the dev mailbox's printed URL", () => {
  it("carries the key, and is found again in the launcher's output", () => {
    const url = devMailboxUrl("http://localhost:8787", "a+b/c=");
    expect(new URL(url).searchParams.get("key")).toBe("a+b/c=");
    const output = `[wove] Wove 1.0.0 is running at http://localhost:8787\n[wove] Dev mailbox (magic links, invitations): ${url}\n[wove] Press Ctrl-C to stop.\n`;
    expect(findDevMailboxUrl(output)).toBe(url);
    expect(findDevMailboxUrl("[wove] Starting wrangler dev…\n")).toBeUndefined();
  });
});
