import { describe, expect, it } from "vitest";
import { LARGE_PASTE_BYTES } from "../editor/pasteVerdict.ts";
import { formatBytes, isTextUpload } from "./uploadFiles.ts";

const emptyDocument = () => 0;

describe("isTextUpload", () => {
  it("keeps source and text files as editable text", () => {
    expect(isTextUpload({ name: "app.tsx", type: "", size: 10 }, emptyDocument)).toBe(true);
    expect(isTextUpload({ name: "notes", type: "text/plain", size: 10 }, emptyDocument)).toBe(true);
    expect(isTextUpload({ name: "Dockerfile.gitignore", type: "", size: 10 }, emptyDocument)).toBe(true);
  });

  it("sends images, unknown binaries and large text to R2", () => {
    expect(isTextUpload({ name: "logo.png", type: "image/png", size: 10 }, emptyDocument)).toBe(false);
    expect(isTextUpload({ name: "data.bin", type: "", size: 10 }, emptyDocument)).toBe(false);
  });

  it("keeps as text exactly the files a paste of their text would add without remark", () => {
    const json = (size: number) => ({ name: "big.json", type: "application/json", size });
    expect(isTextUpload(json(LARGE_PASTE_BYTES), emptyDocument)).toBe(true);
    expect(isTextUpload(json(LARGE_PASTE_BYTES + 1), emptyDocument)).toBe(false);
  });
});

describe("formatBytes", () => {
  it("reads as people read sizes", () => {
    expect(formatBytes(12)).toBe("12 B");
    expect(formatBytes(2048)).toBe("2.0 KB");
    expect(formatBytes(30 * (1 << 20))).toBe("30.0 MB");
  });
});
