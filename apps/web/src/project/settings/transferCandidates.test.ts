import { describe, expect, it } from "vitest";
import type { Member } from "../../api/Member.ts";
import { transferCandidates } from "./transferCandidates.ts";

const ann: Member = { id: "m1", role: "owner", user: { id: "u-ann", name: "Ann", email: "ann@example.com" } };
const bob: Member = { id: "m2", role: "editor", user: { id: "u-bob", name: "", email: "bob@example.com" } };
const design: Member = { id: "m3", role: "viewer", team: { id: "t1", name: "Design" } };

describe("transferCandidates", () => {
  it("offers the other people, never teams or yourself", () => {
    expect(transferCandidates([ann, bob, design], "u-ann")).toEqual([bob]);
  });
});
