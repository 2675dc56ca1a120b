import { RoomLimits } from "@wove/protocol";
import { describe, expect, it } from "vitest";
import { LARGE_PASTE_BYTES, MAX_CHANGE_BYTES, pasteVerdict, utf8Length } from "./pasteVerdict.ts";

describe("utf8Length", () => {
  it("counts bytes as TextEncoder would", () => {
    for (const text of ["", "plain ascii", "café", "日本語", "emoji 😀 and 🧵", "\u007f\u0080\u07ff\u0800\uffff"]) {
      expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
    }
  });

  it("counts a lone surrogate as the replacement character", () => {
    expect(utf8Length("a\ud800b")).toBe(new TextEncoder().encode("a\ud800b").length);
    expect(utf8Length("\udc00")).toBe(3);
  });
});

describe("pasteVerdict", () => {
  const emptyDocument = () => 0;

  it("accepts ordinary pastes without measuring the document", () => {
    let asked = false;
    expect(
      pasteVerdict("x".repeat(10_000), () => {
        asked = true;
        return 0;
      }),
    ).toBe("ok");
    expect(asked).toBe(false);
  });

  it("accepts but flags a paste over a megabyte", () => {
    expect(pasteVerdict("x".repeat(LARGE_PASTE_BYTES), emptyDocument)).toBe("ok");
    expect(pasteVerdict("x".repeat(LARGE_PASTE_BYTES + 1), emptyDocument)).toBe("large");
  });

  it("measures multi-byte text in bytes, not characters", () => {
    expect(pasteVerdict("é".repeat(LARGE_PASTE_BYTES / 2 + 1), emptyDocument)).toBe("large");
  });

  it("refuses a paste whose update would not fit in one room message", () => {
    expect(MAX_CHANGE_BYTES).toBeLessThan(RoomLimits.MAX_MESSAGE_BYTES);
    expect(pasteVerdict("x".repeat(MAX_CHANGE_BYTES), emptyDocument)).toBe("large");
    expect(pasteVerdict("x".repeat(MAX_CHANGE_BYTES + 1), emptyDocument)).toBe("refused");
  });

  it("refuses a paste that would take the document past the room's limit", () => {
    const paste = "x".repeat(2 * LARGE_PASTE_BYTES);
    expect(pasteVerdict(paste, () => RoomLimits.MAX_DOCUMENT_BYTES - 3 * LARGE_PASTE_BYTES)).toBe("large");
    expect(pasteVerdict(paste, () => RoomLimits.MAX_DOCUMENT_BYTES - LARGE_PASTE_BYTES)).toBe("refused");
  });
});
