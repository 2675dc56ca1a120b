import { describe, expect, it } from "vitest";
import { nameProblem, withoutInvisible } from "./names.ts";

describe("nameProblem", () => {
  it("accepts names in any script, emoji sequences included", () => {
    for (const name of ["My app", "Café", "مشروع", "プロジェクト", "👩‍💻 team", "می‌خواهم", "a-b_c.d (2)"])
      expect(nameProblem(name), name).toBeNull();
  });

  it("refuses controls, bidi overrides and isolates, invisible marks and zero-width spaces, saying where", () => {
    expect(nameProblem("a\u0000b")).toMatch(/U\+0000 at position 2/);
    expect(nameProblem("line\nSubject: free money")).toMatch(/U\+000A/);
    expect(nameProblem("invoice\u202Etxt.exe")).toMatch(/U\+202E/);
    expect(nameProblem("\u2067admin\u2069")).toMatch(/U\+2067/);
    expect(nameProblem("ad\u200Bmin")).toMatch(/U\+200B/);
    expect(nameProblem("\u200Fowner")).toMatch(/U\+200F/);
    expect(nameProblem("x\u0085y")).toMatch(/U\+0085/);
    expect(nameProblem("\uFEFFbom")).toMatch(/U\+FEFF/);
  });
});

describe("nameProblem for several lines", () => {
  it("lets a description hold line breaks and tabs, and nothing else invisible", () => {
    expect(nameProblem("one\ntwo\tthree\r\n", { multiline: true })).toBeNull();
    expect(nameProblem("one\u0000two", { multiline: true })).toMatch(/This text .* U\+0000/);
    expect(nameProblem("one\u202Etwo", { multiline: true })).toMatch(/U\+202E/);
  });
});

describe("withoutInvisible", () => {
  it("drops them all and keeps the rest", () => {
    expect(withoutInvisible("Re\u202Eport\r\nBcc: x")).toBe("ReportBcc: x");
    expect(withoutInvisible("👩‍💻")).toBe("👩‍💻");
  });
});
