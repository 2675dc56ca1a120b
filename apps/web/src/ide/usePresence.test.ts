import { setAgent, setCurrentFile, setUser } from "@wove/sync";
import { describe, expect, it } from "vitest";
import { Awareness } from "y-protocols/awareness";
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
