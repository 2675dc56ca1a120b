/**
 * `js` named `path` in stack traces and the console (V8 reads a `sourceURL` comment), so
 * an error in the preview says `at src/main.tsx:3:5`, not a data: URL of the whole bundle.
 */
export function namedScript(js: string, path: string): string {
  return `${js}\n//# sourceURL=${path.replace(/\s/g, "%20")}`;
}

/** A file of the project as the preview sees it: text, or a blob's bytes. */
export type PreviewFile = { text: string } | { bytes: Uint8Array; mime: string };
export type PreviewFiles = ReadonlyMap<string, PreviewFile>;

const MIME_BY_EXTENSION: Record<string, string> = {
  html: "text/html",
  htm: "text/html",
  css: "text/css",
  js: "text/javascript",
  mjs: "text/javascript",
  json: "application/json",
  svg: "image/svg+xml",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  avif: "image/avif",
  ico: "image/x-icon",
  woff: "font/woff",
  woff2: "font/woff2",
  ttf: "font/ttf",
  mp3: "audio/mpeg",
  mp4: "video/mp4",
  txt: "text/plain",
};

/** The content type the preview serves a path with (an uploaded blob keeps its own). */
export function mimeOf(path: string): string {
  const extension = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  return MIME_BY_EXTENSION[extension] ?? "application/octet-stream";
}

/**
 * A `data:` URL of some content. The preview frame has an opaque origin, where Chromium
 * will not load `blob:` modules and nothing of ours can be fetched without credentials
 * leaking: data URLs carry each asset inside the page itself.
 */
export function toDataUrl(content: string | Uint8Array, mime: string): string {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  let binary = "";
  // In slices: String.fromCharCode(...bytes) of a big image overflows the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:${mime};base64,${btoa(binary)}`;
}

/** A project file as a data URL, by its path's type (or the blob's own). */
export function fileDataUrl(path: string, file: PreviewFile): string {
  return "text" in file ? toDataUrl(file.text, mimeOf(path)) : toDataUrl(file.bytes, file.mime);
}
