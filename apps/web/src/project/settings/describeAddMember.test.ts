import { describe, expect, it } from "vitest";
import { describeAddMember } from "./describeAddMember.ts";

describe("describeAddMember", () => {
  it("says the person has access when the email had an account", () => {
    const member = {
      id: 1,
      role: "editor" as const,
      user: { id: "u1", name: "Bea", email: "bea@example.com" },
      createdAt: "2026-01-01T00:00:00Z",
    };
    expect(describeAddMember({ member })).toBe("Bea now has access as editor.");
  });

  it("says an invitation was sent when it had none", () => {
    const invitation = {
      id: "i1",
      email: "new@example.com",
      role: "viewer" as const,
      expiresAt: "2026-01-08T00:00:00Z",
    };
    expect(describeAddMember({ invitation })).toBe("Invitation sent to new@example.com.");
  });
});
