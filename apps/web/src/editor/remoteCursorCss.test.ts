import { describe, expect, it } from "vitest";
import { cssString, cursorLabel, placeLabel, remoteCursorCss, safeColor } from "./remoteCursorCss.ts";

describe("safeColor", () => {
  it("keeps hex colours, lower-cased and in six digits", () => {
    expect(safeColor("#E11D48")).toBe("#e11d48");
    expect(safeColor("#abc")).toBe("#aabbcc");
    expect(safeColor("#16a34aff")).toBe("#16a34a");
  });

  it("replaces anything else, so a colour cannot carry other declarations", () => {
    expect(safeColor("red")).toBe("#2563eb");
    expect(safeColor("#fff;background:url(https://evil.example)")).toBe("#2563eb");
    expect(safeColor(undefined)).toBe("#2563eb");
    expect(safeColor(42)).toBe("#2563eb");
  });
});

describe("cssString", () => {
  it("quotes plain text", () => {
    expect(cssString("Ada Lovelace")).toBe('"Ada Lovelace"');
  });

  it("escapes what could end the string or the rule", () => {
    expect(cssString('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(cssString("line\nbreak")).toBe('"line\\a break"');
    expect(cssString("</style>")).toBe('"\\3c /style\\3e "');
  });

  it("leaves other Unicode alone", () => {
    expect(cssString("Zoë 🧵")).toBe('"Zoë 🧵"');
  });
});

describe("cursorLabel", () => {
  it("collapses whitespace and names the nameless", () => {
    expect(cursorLabel("  Grace\n Hopper ")).toBe("Grace Hopper");
    expect(cursorLabel("")).toBe("Someone");
    expect(cursorLabel(undefined)).toBe("Someone");
  });

  it("shortens long names without splitting a character", () => {
    const label = cursorLabel("🧵".repeat(40));
    expect([...label]).toHaveLength(24);
    expect(label.endsWith("…")).toBe(true);
  });
});

describe("remoteCursorCss", () => {
  it("is empty when nobody else is in the file", () => {
    expect(remoteCursorCss([])).toBe("");
  });

  it("gives each collaborator their colour and name label", () => {
    const css = remoteCursorCss([
      { clientId: 7, name: "Ada", color: "#e11d48" },
      { clientId: 12, name: "Grace", color: "#16a34a" },
    ]);
    expect(css).toContain(".wove-remote-selection-7{background-color:#e11d4840}");
    expect(css).toContain(".wove-remote-cursor-7{border-left-color:#e11d48}");
    expect(css).toContain('.wove-remote-cursor-7::after{content:"Ada";background-color:#e11d48}');
    expect(css).toContain('.wove-remote-cursor-12::after{content:"Grace";background-color:#16a34a}');
  });

  it("cannot be broken out of by a hostile name", () => {
    const css = remoteCursorCss([{ clientId: 1, name: '"}body{display:none}', color: "#000" }]);
    const rule = css.split("\n").find((line) => line.startsWith(".wove-remote-cursor-1::after"));
    expect(rule).toBe('.wove-remote-cursor-1::after{content:"\\"}body{display:none}";background-color:#000000}');
    expect(css).not.toMatch(/^body/m);
  });
});

describe("placeLabel", () => {
  it("puts the label above and to the right where it fits", () => {
    expect(placeLabel({ top: 40, left: 100 }, 800, 60)).toEqual({ below: false, flip: false });
  });

  it("puts it below a caret on the top line in view, which would cut it off above", () => {
    expect(placeLabel({ top: 0, left: 100 }, 800, 60)).toEqual({ below: true, flip: false });
  });

  it("puts it to the left of a caret near the right edge", () => {
    expect(placeLabel({ top: 40, left: 770 }, 800, 60)).toEqual({ below: false, flip: true });
  });

  it("keeps it to the right where the left has no room either", () => {
    expect(placeLabel({ top: 40, left: 30 }, 70, 60)).toEqual({ below: false, flip: false });
  });
});

describe("remoteCursorCss placing labels", () => {
  it("moves a label below, to the left, or both, as placed", () => {
    const css = remoteCursorCss([
      { clientId: 1, name: "A", color: "#e11d48", place: { below: true, flip: false } },
      { clientId: 2, name: "B", color: "#e11d48", place: { below: false, flip: true } },
      { clientId: 3, name: "C", color: "#e11d48", place: { below: false, flip: false } },
    ]);
    expect(css).toContain('.wove-remote-cursor-1::after{content:"A";background-color:#e11d48;bottom:auto;top:100%;');
    expect(css).toContain('.wove-remote-cursor-2::after{content:"B";background-color:#e11d48;left:auto;right:-2px;');
    expect(css).toContain('.wove-remote-cursor-3::after{content:"C";background-color:#e11d48}');
  });
});
