import { setAgent, setCurrentFile, setUser } from "@wove/sync";
import { describe, expect, it } from "vitest";
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from "y-protocols/awareness";
import * as Y from "yjs";
import { AGENT_COLOR, readCollaborators } from "./usePresence.ts";

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
    expect(people[1]?.agent).toEqual({ for: "Ann", activity: "editing" });
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
