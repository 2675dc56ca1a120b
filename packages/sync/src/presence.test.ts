import { describe, expect, it } from "vitest";
import { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { othersOf, setAgent, setCurrentFile, setCursor, setUser } from "./presence.ts";

describe("presence", () => {
  it("sets the fields others see, and clears the cursor when the file changes", () => {
    const awareness = new Awareness(new Y.Doc());
    setUser(awareness, { name: "Ann", color: "#e11d48" });
    setCurrentFile(awareness, "src/app.ts");
    setCursor(awareness, { anchor: 1, head: 4 });
    expect(awareness.getLocalState()).toMatchObject({ user: { name: "Ann" }, file: "src/app.ts", cursor: { head: 4 } });
    setCurrentFile(awareness, "README.md");
    expect(awareness.getLocalState()?.cursor).toBeNull();
    expect(othersOf(awareness).size).toBe(0);
    awareness.destroy();
  });

  it("shows an AI working for this person on their own presence, and hides it again", () => {
    const awareness = new Awareness(new Y.Doc());
    setUser(awareness, { name: "Ann", color: "#e11d48" });
    setAgent(awareness, { name: "AI", activity: "editing", file: "f1" });
    expect(awareness.getLocalState()).toMatchObject({ user: { name: "Ann" }, agent: { name: "AI", file: "f1" } });
    setAgent(awareness, null);
    expect(awareness.getLocalState()?.agent).toBeNull();
    awareness.destroy();
  });
});
