import { describe, expect, it } from "vitest";
import { formatShortcut, isApple, matchesShortcut } from "./shortcut.ts";

const key = (
  k: string,
  code: string,
  mods: Partial<Record<"ctrlKey" | "metaKey" | "shiftKey" | "altKey", boolean>>,
) => ({
  key: k,
  code,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe("shortcuts", () => {
  it("reads as the platform writes it", () => {
    expect(formatShortcut({ key: "p", mod: true, shift: true }, false)).toBe("Ctrl+Shift+P");
    expect(formatShortcut({ key: "p", mod: true, shift: true }, true)).toBe("⌘⇧P");
    expect(formatShortcut({ key: "F2" }, false)).toBe("F2");
  });

  it("uses Cmd on Apple platforms and Ctrl elsewhere", () => {
    expect(isApple("MacIntel")).toBe(true);
    expect(isApple("Linux x86_64")).toBe(false);
    expect(matchesShortcut(key("p", "KeyP", { metaKey: true }), { key: "p", mod: true }, true)).toBe(true);
    expect(matchesShortcut(key("p", "KeyP", { ctrlKey: true }), { key: "p", mod: true }, true)).toBe(false);
    expect(matchesShortcut(key("p", "KeyP", { ctrlKey: true }), { key: "p", mod: true }, false)).toBe(true);
  });

  it("wants exactly the modifiers asked for", () => {
    expect(matchesShortcut(key("P", "KeyP", { ctrlKey: true, shiftKey: true }), { key: "p", mod: true }, false)).toBe(
      false,
    );
    expect(
      matchesShortcut(key("P", "KeyP", { ctrlKey: true, shiftKey: true }), { key: "p", mod: true, shift: true }, false),
    ).toBe(true);
  });

  it("matches the physical key when Alt changes the character", () => {
    expect(matchesShortcut(key("∑", "KeyW", { altKey: true }), { key: "w", alt: true }, true)).toBe(true);
  });
});
