import { describe, expect, it } from "vitest";
import { invitationAnswerSchema } from "./Invitation.ts";
import { addMemberResultSchema, memberListSchema } from "./Member.ts";
import { projectListSchema, projectSchema, type Project } from "./Project.ts";
import { readAnswer } from "./readAnswer.ts";

const project: Project = {
  id: "p1",
  slug: "demo",
  name: "Demo",
  description: null,
  visibility: "private",
  owner: { id: "u1", name: "Ada" },
  role: "editor",
  can: {
    edit: true,
    deploy: false,
    update: false,
    manage: false,
    renameSite: false,
    grantNetwork: false,
    delete: false,
    transfer: false,
    leave: true,
    readAiUsage: true,
  },
  forkedFrom: null,
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
};

describe("readAnswer", () => {
  it("gives back a project answer that fits the wire schema", () => {
    expect(readAnswer(projectSchema, project)).toEqual({ ok: true, value: project });
  });

  it("drops fields the schema does not know, so a newer server does not break an older page", () => {
    const reading = readAnswer(projectSchema, { ...project, stars: 3 });
    expect(reading).toEqual({ ok: true, value: project });
  });

  it("names the missing field when a project comes without what the caller may do", () => {
    const { can: _, ...withoutCan } = project;
    const reading = readAnswer(projectSchema, withoutCan);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.problem).toMatch(/^can: .*object/);
  });

  it("names the nested path of a field of the wrong type", () => {
    const reading = readAnswer(projectListSchema, {
      projects: [{ ...project, can: { ...project.can, deploy: "yes" } }],
      nextCursor: null,
    });
    expect(reading).toMatchObject({ ok: false, problem: "projects.0.can.deploy: expected boolean" });
  });

  it("refuses a role the protocol does not have", () => {
    const reading = readAnswer(projectSchema, { ...project, role: "admin" });
    expect(reading).toMatchObject({ ok: false, problem: expect.stringContaining("role") });
  });

  it("says the whole answer is wrong when it is not an object at all", () => {
    const reading = readAnswer(projectSchema, undefined);
    expect(reading).toMatchObject({ ok: false, problem: expect.stringMatching(/^the answer: /) });
  });

  it("reads a member list with people, teams and pending invitations", () => {
    const list = {
      members: [
        { id: 1, role: "owner", user: { id: "u1", name: "Ada", email: "ada@example.com" }, createdAt: "x" },
        { id: 2, role: "editor", team: { id: "t1", name: "Core" }, createdAt: "x" },
      ],
      invitations: [{ id: "i1", email: "new@example.com", role: "viewer", expiresAt: "x" }],
    };
    expect(readAnswer(memberListSchema, list)).toEqual({ ok: true, value: list });
  });

  it("reads either answer of adding a member", () => {
    const invited = { invitation: { id: "i1", email: "new@example.com", role: "viewer", expiresAt: "x" } };
    expect(readAnswer(addMemberResultSchema, invited)).toEqual({ ok: true, value: invited });
    expect(readAnswer(addMemberResultSchema, { member: { id: "1" } }).ok).toBe(false);
  });

  it("refuses an invitation whose project has no name", () => {
    const reading = readAnswer(invitationAnswerSchema, {
      invitation: { email: "a@b.c", role: "viewer", project: { id: "p1" }, invitedBy: { name: "Ada" }, expiresAt: "x" },
    });
    expect(reading).toMatchObject({ ok: false, problem: expect.stringContaining("invitation.project.name") });
  });
});
