/**
 * Messages between the IDE and the preview frame (postMessage). Every message carries
 * `tag` and the frame's `nonce`, a fresh random value for each frame load, and each side
 * also checks the sender (`event.source`): the IDE only listens to its current frame's
 * window, the frame only to its parent. The nonce keeps a stale frame (one a rebuild has
 * replaced, still finishing its last tick) or a frame the page opened from speaking for
 * the current one; page code could read it, but it can only talk about itself.
 *
 * frame → IDE: `ready` (a Worker runtime waiting for its request), `console` (a console
 * call or an uncaught error of the page, as text), `navigate` (a click on a relative
 * link, as written, resolved by the IDE against the page's path).
 * IDE → frame: `request` (the path a Worker runtime calls its module's `fetch` with).
 */
export const PREVIEW_TAG = "wove-preview";

export const ConsoleLevel = { Log: "log", Info: "info", Warn: "warn", Error: "error", Debug: "debug" } as const;
export type ConsoleLevel = (typeof ConsoleLevel)[keyof typeof ConsoleLevel];
const LEVELS: readonly string[] = Object.values(ConsoleLevel);

export type FrameMessage =
  { type: "ready" } | { type: "console"; level: ConsoleLevel; text: string } | { type: "navigate"; href: string };

export interface HostMessage {
  type: "request";
  path: string;
}

/** A console line is cut here, so one huge log cannot stall the panel. */
export const MAX_CONSOLE_TEXT = 10_000;

/** A frame's message, or null for anything else (another nonce, a page's own messages). */
export function readFrameMessage(data: unknown, nonce: string): FrameMessage | null {
  if (!data || typeof data !== "object") return null;
  const message = data as Record<string, unknown>;
  if (message.tag !== PREVIEW_TAG || message.nonce !== nonce) return null;
  switch (message.type) {
    case "ready":
      return { type: "ready" };
    case "console":
      if (typeof message.level !== "string" || !LEVELS.includes(message.level) || typeof message.text !== "string") {
        return null;
      }
      return { type: "console", level: message.level as ConsoleLevel, text: message.text.slice(0, MAX_CONSOLE_TEXT) };
    case "navigate":
      return typeof message.href === "string" ? { type: "navigate", href: message.href } : null;
    default:
      return null;
  }
}

/** The IDE's message to a frame, tagged with its nonce. */
export const writeHostMessage = (message: HostMessage, nonce: string) => ({ tag: PREVIEW_TAG, nonce, ...message });

/** A fresh nonce for a frame load. */
export const newNonce = (): string => crypto.randomUUID();
