import { describe, expect, it } from "vitest";
import { MAX_CONSOLE_TEXT, PREVIEW_TAG, readFrameMessage, writeHostMessage } from "./previewMessages.ts";

const nonce = "n-1";

describe("the preview's messages", () => {
  it("reads a frame's console lines, navigations and readiness", () => {
    expect(readFrameMessage({ tag: PREVIEW_TAG, nonce, type: "console", level: "warn", text: "hi" }, nonce)).toEqual({
      type: "console",
      level: "warn",
      text: "hi",
    });
    expect(readFrameMessage({ tag: PREVIEW_TAG, nonce, type: "navigate", href: "about.html" }, nonce)).toEqual({
      type: "navigate",
      href: "about.html",
    });
    expect(readFrameMessage({ tag: PREVIEW_TAG, nonce, type: "ready" }, nonce)).toEqual({ type: "ready" });
  });

  it("ignores messages of another frame, of the page itself, or malformed", () => {
    expect(readFrameMessage({ tag: PREVIEW_TAG, nonce: "old", type: "ready" }, nonce)).toBeNull();
    expect(readFrameMessage("hello", nonce)).toBeNull();
    expect(readFrameMessage({ tag: PREVIEW_TAG, nonce, type: "console", level: "shout", text: "x" }, nonce)).toBeNull();
    expect(readFrameMessage({ tag: PREVIEW_TAG, nonce, type: "navigate", href: 3 }, nonce)).toBeNull();
    expect(readFrameMessage({ tag: PREVIEW_TAG, nonce, type: "eval" }, nonce)).toBeNull();
  });

  it("cuts a huge console line", () => {
    const text = "x".repeat(MAX_CONSOLE_TEXT + 5);
    const read = readFrameMessage({ tag: PREVIEW_TAG, nonce, type: "console", level: "log", text }, nonce);
    expect(read?.type === "console" && read.text.length).toBe(MAX_CONSOLE_TEXT);
  });

  it("tags the IDE's requests with the frame's nonce", () => {
    expect(writeHostMessage({ type: "request", path: "/api" }, nonce)).toEqual({
      tag: PREVIEW_TAG,
      nonce,
      type: "request",
      path: "/api",
    });
  });
});
