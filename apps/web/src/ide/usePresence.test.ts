import { setAgent, setCurrentFile, setUser } from "@wove/sync";
import { describe, expect, it } from "vitest";
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from "y-protocols/awareness";
import * as Y from "yjs";
import { AGENT_COLOR, followedBy, isFollowable, peopleOnly, readCollaborators } from "./usePresence.ts";
import { whereIs } from "./whereIs.ts";

describe("readCollaborators", () => {
  it("shows an AI working for someone as a collaborator of its own, right after them", () => {
    const awareness = new Awareness(new Y.Doc());
    setUser(awareness, { name: "Ann", color: "#e11d48" });
    setCurrentFile(awareness, "f1");
    setAgent(awareness, { name: "AI", activity: "editing", file: "f2" });
    const people = readCollaborators(awareness);
    expect(people.map(({ key, name, self, fileId, color }) => ({ key, name, self, fileId, color }))).toEqual([
      { key: String(awareness.clientID), name: "Ann", self: true, fileId: "f1", color: "#e11d48" },
      { key: `${awareness.clientID}:ai`, name: "AI", self: false, fileId: "f2", color: AGENT_COLOR },
    ]);
    expect(people[1]?.agent).toEqual({ for: "Ann", activity: "editing", runId: null });
    setAgent(awareness, null);
    expect(readCollaborators(awareness)).toHaveLength(1);
    awareness.destroy();
  });
});

describe("readCollaborators' colours", () => {
  it("shows two people who claim one colour in different colours, the same for both of them", () => {
    const ann = new Awareness(new Y.Doc());
    const bob = new Awareness(new Y.Doc());
    setUser(ann, { name: "Ann", id: "ann", color: "#e11d48", joined: 1 });
    setUser(bob, { name: "Bob", id: "bob", color: "#e11d48", joined: 2 });
    applyAwarenessUpdate(ann, encodeAwarenessUpdate(bob, [bob.clientID]), "room");
    applyAwarenessUpdate(bob, encodeAwarenessUpdate(ann, [ann.clientID]), "room");

    const seenByAnn = readCollaborators(ann).map((p) => [p.name, p.color]);
    const seenByBob = readCollaborators(bob).map((p) => [p.name, p.color]);
    expect(new Set(seenByAnn.map(([, color]) => color)).size).toBe(2);
    expect(Object.fromEntries(seenByBob)).toEqual(Object.fromEntries(seenByAnn));
    ann.destroy();
    bob.destroy();
  });
});

describe("readCollaborators and a builder agent run", () => {
  /** The room's entry for a run, published by an awareness client of its own, as the room does. */
  function roomWithRun(agentRun: Record<string, unknown> | undefined, id = "agent:run-1") {
    const ana = new Awareness(new Y.Doc());
    const room = new Awareness(new Y.Doc());
    setUser(ana, { name: "Ana", id: "ana", color: "#e11d48", joined: 1 });
    room.setLocalState({
      user: { name: "AI agent", color: "#7c3aed", id },
      file: "f-app",
      cursor: { anchor: { type: null }, head: { type: null } },
      ...(agentRun ? { agentRun } : {}),
    });
    applyAwarenessUpdate(ana, encodeAwarenessUpdate(room, [room.clientID]), "room");
    return { ana, room };
  }

  it("shows the run as the agent working for its starter, not as a person, and lets it be followed", () => {
    const { ana, room } = roomWithRun({ runId: "run-1", for: "Ana", activity: "writing" });
    const seen = readCollaborators(ana);
    expect(seen.map((p) => p.name)).toEqual(["Ana", "AI agent"]);
    const agent = seen[1];
    expect(agent).toMatchObject({ key: String(room.clientID), self: false, fileId: "f-app" });
    expect(agent?.agent).toEqual({ for: "Ana", activity: "writing", runId: "run-1" });
    expect(agent?.cursor).not.toBeNull();
    expect(peopleOnly(seen).map((p) => p.name)).toEqual(["Ana"]);
    expect(agent && isFollowable(agent)).toBe(true);
    expect(followedBy(seen, room.clientID)?.name).toBe("AI agent");
    expect(whereIs(agent!, { paths: new Map([["f-app", "src/app.tsx"]]) })).toBe("writing src/app.tsx for Ana");
    ana.destroy();
    room.destroy();
  });

  it("says what a building run does, and still knows an agent by its id when its run field is malformed", () => {
    const building = roomWithRun({ runId: "run-1", for: "Ana", activity: "building" });
    const agent = readCollaborators(building.ana).find((p) => p.agent);
    expect(whereIs(agent!, { paths: new Map() })).toBe("building the app for Ana");
    building.ana.destroy();
    building.room.destroy();

    const odd = roomWithRun({ activity: 42 }, "agent:run-9");
    const seen = readCollaborators(odd.ana);
    expect(peopleOnly(seen).map((p) => p.name)).toEqual(["Ana"]);
    expect(seen.find((p) => p.agent)?.agent).toEqual({ for: "someone", activity: "writing", runId: "run-9" });
    odd.ana.destroy();
    odd.room.destroy();
  });

  it("never lets the AI panel's AI be followed: following its person's client finds the person", () => {
    const awareness = new Awareness(new Y.Doc());
    const other = new Awareness(new Y.Doc());
    setUser(other, { name: "Bea", color: "#2563eb" });
    setAgent(other, { name: "AI", activity: "answering", file: null });
    applyAwarenessUpdate(awareness, encodeAwarenessUpdate(other, [other.clientID]), "room");
    setUser(awareness, { name: "Ann", color: "#e11d48" });
    const seen = readCollaborators(awareness);
    expect(seen.filter((p) => p.agent).map((p) => isFollowable(p))).toEqual([false]);
    expect(followedBy(seen, other.clientID)?.name).toBe("Bea");
    expect(peopleOnly(seen)).toHaveLength(2);
    awareness.destroy();
    other.destroy();
  });
});
