import { describe, expect, it } from "vitest";
import { sniffMime } from "./sniffMime.ts";

const bytes = (...b: number[]) => new Uint8Array(b);

describe("sniffMime", () => {
  it("recognises common formats by their magic numbers", () => {
    expect(sniffMime(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe("image/png");
    expect(sniffMime(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe("image/jpeg");
    expect(sniffMime(bytes(0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50))).toBe("image/webp");
    expect(sniffMime(new TextEncoder().encode('<?xml version="1.0"?>\n<svg xmlns="…"/>'))).toBe("image/svg+xml");
  });

  it("falls back to application/octet-stream for anything else", () => {
    expect(sniffMime(new TextEncoder().encode("plain text"))).toBe("application/octet-stream");
    expect(sniffMime(bytes())).toBe("application/octet-stream");
  });
});
