import { describe, expect, it } from "vitest";
import type { Actor } from "../auth/Actor.ts";
import { Action, can, strongerRole } from "./can.ts";

const user: Actor = { kind: "user", userId: "u", email: "u@example.com", name: "U" };
const anon: Actor = { kind: "anonymous" };

describe("can", () => {
  it("hides a private project from non-members with 404, whatever the action", () => {
    for (const action of Object.values(Action)) {
      expect(can(user, action, { visibility: "private", role: null })).toMatchObject({ ok: false, status: 404 });
      expect(can(anon, action, { visibility: "private", role: null })).toMatchObject({ ok: false, status: 404 });
    }
  });

  it("lets anyone read public and unlisted projects but not change them", () => {
    for (const visibility of ["public", "unlisted"] as const) {
      expect(can(anon, Action.ReadProject, { visibility, role: null })).toEqual({ ok: true });
      expect(can(anon, Action.WriteContent, { visibility, role: null })).toMatchObject({ status: 401 });
      expect(can(user, Action.WriteContent, { visibility, role: null })).toMatchObject({ status: 403 });
    }
  });

  it("orders roles: viewers read, editors write content, owners manage", () => {
    const p = (role: "owner" | "editor" | "viewer") => ({ visibility: "private" as const, role });
    expect(can(user, Action.WriteContent, p("viewer"))).toMatchObject({ status: 403 });
    expect(can(user, Action.WriteContent, p("editor"))).toEqual({ ok: true });
    expect(can(user, Action.ManageMembers, p("editor"))).toMatchObject({ status: 403 });
    expect(can(user, Action.ManageMembers, p("owner"))).toEqual({ ok: true });
  });

  it("says which role is needed and which the person has, in plain English", () => {
    const p = (role: "owner" | "editor" | "viewer") => ({ visibility: "private" as const, role });
    expect(can(user, Action.ManageMembers, p("editor"))).toMatchObject({
      message: "This needs the owner role on the project; you are an editor",
    });
    expect(can(user, Action.WriteContent, p("viewer"))).toMatchObject({
      message: "This needs the editor role on the project; you are a viewer",
    });
  });

  it("limits API keys to their scopes", () => {
    const key: Actor = { ...user, scopes: { projects: ["read"] } };
    expect(can(key, Action.ReadProject, { visibility: "private", role: "owner" })).toEqual({ ok: true });
    expect(can(key, Action.UpdateProject, { visibility: "private", role: "owner" })).toMatchObject({
      status: 403,
      message: expect.stringContaining("projects:write"),
    });
  });
});

describe("strongerRole", () => {
  it("keeps the stronger of a direct and a team role", () => {
    expect(strongerRole("viewer", "editor")).toBe("editor");
    expect(strongerRole("owner", null)).toBe("owner");
    expect(strongerRole(null, null)).toBeNull();
  });
});
