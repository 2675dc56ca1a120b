import { describe, expect, it } from "vitest";
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate, removeAwarenessStates } from "y-protocols/awareness";
import * as Y from "yjs";
import { assignColors, colorFor, keepColorDistinct, PALETTE } from "./assignColors.ts";
import type { Presence } from "./presence.ts";

const person = (id: string, color: string, joined: number): Partial<Presence> => ({
  user: { name: id, id, color, joined },
});

describe("assignColors", () => {
  it("gives a person the same starting colour every time", () => {
    expect(colorFor("user:1")).toBe(colorFor("user:1"));
    expect(PALETTE).toContain(colorFor("user:1"));
  });

  it("gives two people who claim the same colour different ones, the later arrival moving", () => {
    const states = new Map([
      [20, person("bob", "#e11d48", 2000)],
      [10, person("ann", "#e11d48", 1000)],
    ]);
    const colors = assignColors(states);
    expect(colors.get(10)).toBe("#e11d48");
    expect(colors.get(20)).not.toBe("#e11d48");
    expect(PALETTE).toContain(colors.get(20));
  });

  it("answers the same whatever order the states arrive in", () => {
    const a = new Map([
      [1, person("ann", "#2563eb", 5)],
      [2, person("bob", "#2563eb", 5)],
      [3, person("cat", "#2563eb", 5)],
    ]);
    const b = new Map([...a].reverse());
    expect([...assignColors(a)].sort()).toEqual([...assignColors(b)].sort());
    expect(new Set(assignColors(a).values()).size).toBe(3);
  });

  it("keeps everyone apart until the palette runs out", () => {
    const states = new Map(PALETTE.map((_, i) => [i + 1, person(`p${i}`, "#e11d48", i)] as const));
    expect(new Set(assignColors(states).values()).size).toBe(PALETTE.length);
  });

  it("gives one person's two tabs one colour, from their earlier tab", () => {
    const colors = assignColors(
      new Map([
        [1, person("ann", "#16a34a", 100)],
        [2, person("bob", "#d97706", 50)],
        [3, person("ann", "#d97706", 200)],
      ]),
    );
    expect(colors.get(1)).toBe("#16a34a");
    expect(colors.get(3)).toBe("#16a34a");
    expect(colors.get(2)).toBe("#d97706");
  });

  it("replaces a colour outside the palette, and skips clients that publish no user", () => {
    const colors = assignColors(
      new Map<number, Partial<Presence>>([
        [1, person("ann", "red;background:url(x)", 1)],
        [2, { file: null }],
      ]),
    );
    expect(PALETTE).toContain(colors.get(1));
    expect(colors.has(2)).toBe(false);
  });
});

describe("keepColorDistinct", () => {
  /** Ann's and Bob's awareness, each seeing the other through encoded updates (as a room relays them). */
  function room() {
    const ann = new Awareness(new Y.Doc());
    const bob = new Awareness(new Y.Doc());
    const relay = (from: Awareness, to: Awareness) =>
      from.on(
        "update",
        ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
          if (origin === "relay") return;
          const changed = [...added, ...updated, ...removed];
          applyAwarenessUpdate(to, encodeAwarenessUpdate(from, changed), "relay");
        },
      );
    relay(ann, bob);
    relay(bob, ann);
    return { ann, bob };
  }

  it("moves the later of two people with one colour to another, and keeps it after the first leaves", () => {
    const { ann, bob } = room();
    ann.setLocalStateField("user", { name: "Ann", id: "ann", color: "#e11d48", joined: 1 });
    keepColorDistinct(ann);
    bob.setLocalStateField("user", { name: "Bob", id: "bob", color: "#e11d48", joined: 2 });
    keepColorDistinct(bob);

    const bobColor = (bob.getLocalState() as Presence).user.color;
    expect((ann.getLocalState() as Presence).user.color).toBe("#e11d48");
    expect(bobColor).not.toBe("#e11d48");
    expect(assignColors(ann.getStates() as Map<number, Partial<Presence>>).get(bob.clientID)).toBe(bobColor);

    // Ann leaves: Bob keeps the colour he has, rather than taking hers back.
    removeAwarenessStates(bob, [ann.clientID], "relay");
    expect((bob.getLocalState() as Presence).user.color).toBe(bobColor);
    ann.destroy();
    bob.destroy();
  });
});
