import { describe, expect, it } from "vitest";
import type { PendingProject } from "../local/joinPending.ts";
import { fakeProject } from "./fakeProject.ts";
import { mergePending } from "./mergePending.ts";

const pendingOf = (id: string): PendingProject => ({
  project: { ...fakeProject(id, "me"), cachedAt: 0, pending: true },
  entryId: 1,
  refusal: null,
});

describe("mergePending", () => {
  it("shows projects not yet on the server before the server's", () => {
    const cards = mergePending([fakeProject("a", "me")], [pendingOf("new")]);
    expect(cards.map((card) => [card.project.id, card.pending !== undefined])).toEqual([
      ["new", true],
      ["a", false],
    ]);
  });

  it("shows a project the server already lists once, as the server's", () => {
    const cards = mergePending([fakeProject("sent", "me")], [pendingOf("sent")]);
    expect(cards).toHaveLength(1);
    expect(cards[0]?.pending).toBeUndefined();
  });
});
