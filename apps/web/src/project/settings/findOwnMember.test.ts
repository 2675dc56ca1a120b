import { describe, expect, it } from "vitest";
import type { Member } from "../../api/Member.ts";
import { findOwnMember } from "./findOwnMember.ts";

const AT = "2026-01-01T00:00:00.000Z";
const ann: Member = {
  id: 1,
  role: "owner",
  user: { id: "u-ann", name: "Ann", email: "ann@example.com" },
  createdAt: AT,
};
const bob: Member = { id: 2, role: "editor", user: { id: "u-bob", name: "", email: "bob@example.com" }, createdAt: AT };
const design: Member = { id: 3, role: "viewer", team: { id: "t1", name: "Design" }, createdAt: AT };

describe("findOwnMember", () => {
  it("finds the person's direct membership only", () => {
    expect(findOwnMember([ann, bob, design], "u-bob")).toBe(bob);
    expect(findOwnMember([ann, design], "u-bob")).toBeUndefined();
  });
});
