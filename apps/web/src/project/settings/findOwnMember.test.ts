import { describe, expect, it } from "vitest";
import type { Member } from "../../api/Member.ts";
import { findOwnMember } from "./findOwnMember.ts";

const ann: Member = { id: "m1", role: "owner", user: { id: "u-ann", name: "Ann", email: "ann@example.com" } };
const bob: Member = { id: "m2", role: "editor", user: { id: "u-bob", name: "", email: "bob@example.com" } };
const design: Member = { id: "m3", role: "viewer", team: { id: "t1", name: "Design" } };

describe("findOwnMember", () => {
  it("finds the person's direct membership only", () => {
    expect(findOwnMember([ann, bob, design], "u-bob")).toBe(bob);
    expect(findOwnMember([ann, design], "u-bob")).toBeUndefined();
  });
});
