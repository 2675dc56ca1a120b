import { describe, expect, it } from "vitest";
import type { Member } from "../../api/Member.ts";
import { memberLabel } from "./memberLabel.ts";

const AT = "2026-01-01T00:00:00.000Z";
const ann: Member = {
  id: 1,
  role: "owner",
  user: { id: "u-ann", name: "Ann", email: "ann@example.com" },
  createdAt: AT,
};
const bob: Member = { id: 2, role: "editor", user: { id: "u-bob", name: "", email: "bob@example.com" }, createdAt: AT };
const design: Member = { id: 3, role: "viewer", team: { id: "t1", name: "Design" }, createdAt: AT };

describe("memberLabel", () => {
  it("names people by name, or by email when they have none", () => {
    expect(memberLabel(ann)).toBe("Ann");
    expect(memberLabel(bob)).toBe("bob@example.com");
  });

  it("marks teams", () => {
    expect(memberLabel(design)).toBe("Design (team)");
  });
});
