import { projectSchema, readAnswer } from "@wove/protocol";
import { describe, expect, it } from "vitest";
import { toPendingProject } from "./toPendingProject.ts";

describe("toPendingProject", () => {
  it("looks like the server's answer, owned by the person, and marked pending", () => {
    const now = Date.UTC(2026, 0, 2, 3, 4, 5);
    const project = toPendingProject(
      { id: "0123456789abcdef", name: "Trip", visibility: "private" },
      { id: "u1", name: "Ada" },
      now,
    );
    expect(readAnswer(projectSchema, project)).toMatchObject({ ok: true });
    expect(project).toMatchObject({
      id: "0123456789abcdef",
      slug: "0123456789abcdef",
      name: "Trip",
      description: null,
      visibility: "private",
      owner: { id: "u1", name: "Ada" },
      role: "owner",
      can: { edit: true, deploy: true, manage: true, delete: true, leave: false },
      forkedFrom: null,
      createdAt: "2026-01-02T03:04:05.000Z",
      updatedAt: "2026-01-02T03:04:05.000Z",
      cachedAt: now,
      pending: true,
    });
  });
});
