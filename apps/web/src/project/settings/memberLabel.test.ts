import { describe, expect, it } from "vitest";
import type { Member } from "../../api/Member.ts";
import { memberLabel } from "./memberLabel.ts";

const ann: Member = { id: "m1", role: "owner", user: { id: "u-ann", name: "Ann", email: "ann@example.com" } };
const bob: Member = { id: "m2", role: "editor", user: { id: "u-bob", name: "", email: "bob@example.com" } };
const design: Member = { id: "m3", role: "viewer", team: { id: "t1", name: "Design" } };

describe("memberLabel", () => {
  it("names people by name, or by email when they have none", () => {
    expect(memberLabel(ann)).toBe("Ann");
    expect(memberLabel(bob)).toBe("bob@example.com");
  });

  it("marks teams", () => {
    expect(memberLabel(design)).toBe("Design (team)");
  });
});
