import { describe, expect, it } from "vitest";
import { isFeatureChord, typesCharacter, type KeyPress } from "./featureChords.ts";

const press = (key: string, code: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code,
  keyCode: 0,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  isComposing: false,
  ...mods,
});

describe("the chords held for the editor's features", () => {
  it("holds Find, Replace, Go to line and the IDE's own chords", () => {
    expect(isFeatureChord(press("f", "KeyF", { ctrlKey: true }), false)).toBe(true);
    expect(isFeatureChord(press("h", "KeyH", { ctrlKey: true }), false)).toBe(true);
    expect(isFeatureChord(press("g", "KeyG", { ctrlKey: true }), false)).toBe(true);
    expect(isFeatureChord(press("p", "KeyP", { ctrlKey: true }), false)).toBe(true);
    expect(isFeatureChord(press("P", "KeyP", { ctrlKey: true, shiftKey: true }), false)).toBe(true);
    expect(isFeatureChord(press("f", "KeyF", { metaKey: true }), true)).toBe(true);
    expect(isFeatureChord(press("F12", "F12"), false)).toBe(true);
    expect(isFeatureChord(press("ArrowUp", "ArrowUp", { altKey: true }), false)).toBe(true);
  });

  it("lets typing, moving, undo and the clipboard through", () => {
    expect(isFeatureChord(press("a", "KeyA"), false)).toBe(false);
    expect(isFeatureChord(press("A", "KeyA", { shiftKey: true }), false)).toBe(false);
    for (const key of ["z", "y", "c", "x", "v", "a"]) {
      expect(isFeatureChord(press(key, `Key${key.toUpperCase()}`, { ctrlKey: true }), false)).toBe(false);
    }
    expect(isFeatureChord(press("ArrowLeft", "ArrowLeft", { ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(isFeatureChord(press("Backspace", "Backspace", { ctrlKey: true }), false)).toBe(false);
    expect(isFeatureChord(press("Control", "ControlLeft", { ctrlKey: true }), false)).toBe(false);
  });

  it("never holds an AltGr character, though Windows reports AltGr as Ctrl+Alt", () => {
    // German: AltGr+Q is @, AltGr+7 is {; Hungarian: AltGr+B is { (Ctrl+Alt+B toggles the panel).
    expect(isFeatureChord(press("@", "KeyQ", { ctrlKey: true, altKey: true }), false)).toBe(false);
    expect(isFeatureChord(press("{", "Digit7", { ctrlKey: true, altKey: true }), false)).toBe(false);
    expect(isFeatureChord(press("{", "KeyB", { ctrlKey: true, altKey: true }), false)).toBe(false);
    expect(isFeatureChord(press("b", "KeyB", { ctrlKey: true, altKey: true }), false)).toBe(true);
  });

  it("never holds a key of an IME composition", () => {
    expect(isFeatureChord(press("Process", "KeyN", { keyCode: 229 }), false)).toBe(false);
    expect(isFeatureChord(press("f", "KeyF", { ctrlKey: true, isComposing: true }), false)).toBe(false);
  });
});

describe("what a keydown types", () => {
  it("is its character with Shift, Option on Apple platforms, or AltGr", () => {
    expect(typesCharacter(press("é", "KeyE"), false)).toBe(true);
    expect(typesCharacter(press("@", "KeyL", { altKey: true }), true)).toBe(true);
    expect(typesCharacter(press("@", "KeyQ", { ctrlKey: true, altKey: true }), false)).toBe(true);
  });

  it("is nothing for a chord or a named key", () => {
    expect(typesCharacter(press("f", "KeyF", { ctrlKey: true }), false)).toBe(false);
    expect(typesCharacter(press("b", "KeyB", { ctrlKey: true, altKey: true }), false)).toBe(false);
    expect(typesCharacter(press("n", "KeyN", { altKey: true }), false)).toBe(false);
    expect(typesCharacter(press("f", "KeyF", { metaKey: true }), true)).toBe(false);
    expect(typesCharacter(press("Enter", "Enter"), false)).toBe(false);
  });
});
