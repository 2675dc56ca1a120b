import { describe, expect, it } from "vitest";
import { fakeProject } from "../dashboard/fakeProject.ts";
import { joinPending } from "./joinPending.ts";
import type { CachedProject, OutboxEntry } from "./localDb.ts";

const row = (id: string, ownerId: string, pending: boolean, cachedAt = 0): CachedProject => ({
  ...fakeProject(id, ownerId),
  cachedAt,
  pending,
});

const entry = (id: number, projectId: string, lastError: OutboxEntry["lastError"] = null): OutboxEntry => ({
  id,
  kind: "createProject",
  body: { id: projectId, name: projectId, visibility: "private" },
  userId: "me",
  createdAt: 0,
  attempts: 0,
  nextAttemptAt: 0,
  lastError,
});

describe("joinPending", () => {
  it("lists the person's projects not yet on the server, newest first, with their queued create", () => {
    const rows = [
      row("older", "me", true, 1),
      row("sent", "me", false),
      row("newer", "me", true, 2),
      row("x", "bob", true),
    ];
    const pending = joinPending(rows, [entry(1, "older"), entry(2, "newer")], "me");
    expect(pending.map((item) => [item.project.id, item.entryId])).toEqual([
      ["newer", 2],
      ["older", 1],
    ]);
  });

  it("carries a refusal for good, not a failure that will be retried", () => {
    const refused = { code: "validation_failed", message: "No", retryable: false };
    const flaky = { code: "network", message: "Offline", retryable: true };
    const pending = joinPending(
      [row("a", "me", true, 2), row("b", "me", true, 1)],
      [entry(1, "a", refused), entry(2, "b", flaky)],
      "me",
    );
    expect(pending.map((item) => item.refusal)).toEqual([refused, null]);
  });
});
