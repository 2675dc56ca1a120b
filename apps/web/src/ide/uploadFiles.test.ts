import { describe, expect, it } from "vitest";
import { formatBytes, isTextUpload, MAX_TEXT_UPLOAD_BYTES } from "./uploadFiles.ts";

describe("isTextUpload", () => {
  it("keeps source and text files as editable text", () => {
    expect(isTextUpload({ name: "app.tsx", type: "", size: 10 })).toBe(true);
    expect(isTextUpload({ name: "notes", type: "text/plain", size: 10 })).toBe(true);
    expect(isTextUpload({ name: "Dockerfile.gitignore", type: "", size: 10 })).toBe(true);
  });

  it("sends images, unknown binaries and large text to R2", () => {
    expect(isTextUpload({ name: "logo.png", type: "image/png", size: 10 })).toBe(false);
    expect(isTextUpload({ name: "data.bin", type: "", size: 10 })).toBe(false);
    expect(isTextUpload({ name: "big.json", type: "application/json", size: MAX_TEXT_UPLOAD_BYTES + 1 })).toBe(false);
  });
});

describe("formatBytes", () => {
  it("reads as people read sizes", () => {
    expect(formatBytes(12)).toBe("12 B");
    expect(formatBytes(2048)).toBe("2.0 KB");
    expect(formatBytes(30 * (1 << 20))).toBe("30.0 MB");
  });
});
