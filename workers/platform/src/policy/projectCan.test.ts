import { NOTHING_ALLOWED } from "@wove/protocol";
import { describe, expect, it } from "vitest";
import type { Actor } from "../auth/Actor.ts";
import { projectCan, type CallerAccess } from "./projectCan.ts";

const owner: Actor = { kind: "user", userId: "owner", email: "o@example.com", name: "O" };
const someone: Actor = { kind: "user", userId: "u", email: "u@example.com", name: "U" };
const anon: Actor = { kind: "anonymous" };
const access = (patch: Partial<CallerAccess>): CallerAccess => ({
  visibility: "private",
  ownerId: "owner",
  role: null,
  direct: false,
  ...patch,
});

describe("projectCan", () => {
  it("gives a visitor of a public project nothing but reading", () => {
    expect(Object.values(projectCan(anon, access({ visibility: "public" })))).not.toContain(true);
    expect(Object.values(projectCan(someone, access({ visibility: "public" })))).not.toContain(true);
  });

  it("lets an editor edit and leave, and deploy only what is already public or unlisted", () => {
    const editor = access({ role: "editor", direct: true });
    expect(projectCan(someone, editor)).toMatchObject({ edit: true, leave: true, deploy: false, manage: false });
    expect(projectCan(someone, { ...editor, visibility: "unlisted" })).toMatchObject({ deploy: true });
  });

  it("lets the owner of record do everything but leave", () => {
    const can = projectCan(owner, access({ role: "owner", direct: true }));
    expect(can).toMatchObject({ edit: true, deploy: true, update: true, manage: true, delete: true, leave: false });
    expect(can).toMatchObject({ renameSite: true, grantNetwork: true, transfer: true });
  });

  it("lets a second owner leave", () => {
    expect(projectCan(someone, access({ role: "owner", direct: true })).leave).toBe(true);
  });

  it("does not offer leaving to someone who holds the project only through a team", () => {
    expect(projectCan(someone, access({ role: "editor", direct: false }))).toMatchObject({ edit: true, leave: false });
  });

  it("lets a read-only API key of the owner do nothing that writes", () => {
    const key: Actor = { ...owner, scopes: { projects: ["read"] } };
    const can = projectCan(key, access({ role: "owner", direct: true }));
    expect(can).toEqual({ ...NOTHING_ALLOWED, readAiUsage: true });
  });
});
