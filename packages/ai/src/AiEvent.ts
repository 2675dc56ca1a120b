import type { AiErrorCode } from "./AiErrorCode.ts";
import type { AiUsage } from "./AiUsage.ts";

/**
 * The router's output, and exactly the events `POST /api/ai/...` sends over SSE:
 * any number of `delta`, then one `done` or one `error`, then the stream ends.
 * `model` is `"<provider>:<model>"`, the model that actually answered (after any fallback).
 */
export type AiEvent =
  | { type: "delta"; text: string }
  | { type: "done"; model: string; usage: AiUsage }
  | { type: "error"; code: AiErrorCode; message: string };
