/** Magic numbers of the binary formats a project commonly holds. */
const SIGNATURES: Array<{ mime: string; bytes: number[]; offset?: number }> = [
  { mime: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mime: "image/jpeg", bytes: [0xff, 0xd8, 0xff] },
  { mime: "image/gif", bytes: [0x47, 0x49, 0x46, 0x38] },
  { mime: "image/webp", bytes: [0x57, 0x45, 0x42, 0x50], offset: 8 },
  { mime: "image/avif", bytes: [0x66, 0x74, 0x79, 0x70, 0x61, 0x76, 0x69, 0x66], offset: 4 },
  { mime: "image/x-icon", bytes: [0x00, 0x00, 0x01, 0x00] },
  { mime: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { mime: "application/zip", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { mime: "application/gzip", bytes: [0x1f, 0x8b] },
  { mime: "application/wasm", bytes: [0x00, 0x61, 0x73, 0x6d] },
  { mime: "font/woff2", bytes: [0x77, 0x4f, 0x46, 0x32] },
  { mime: "font/woff", bytes: [0x77, 0x4f, 0x46, 0x46] },
  { mime: "audio/mpeg", bytes: [0x49, 0x44, 0x33] },
  { mime: "video/mp4", bytes: [0x66, 0x74, 0x79, 0x70], offset: 4 },
];

/**
 * The content type of `bytes` from what they are, not from what the uploader claims.
 * SVG is recognised so it can be served inert (see getBlob).
 */
export function sniffMime(bytes: Uint8Array): string {
  for (const { mime, bytes: signature, offset = 0 } of SIGNATURES) {
    if (signature.every((b, i) => bytes[offset + i] === b)) {
      // RIFF containers other than WebP share the offset-8 check's prefix rules.
      if (mime === "image/webp" && !(bytes[0] === 0x52 && bytes[1] === 0x49)) continue;
      return mime;
    }
  }
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  if (head.startsWith("<svg") || (head.startsWith("<?xml") && head.includes("<svg"))) return "image/svg+xml";
  return "application/octet-stream";
}
