import type { AiErrorCode } from "./AiErrorCode.ts";
import type { AiUsage } from "./AiUsage.ts";
import type { ToolCallDeltaEvent } from "./ToolCallDeltaEvent.ts";
import type { ToolCallEvent } from "./ToolCallEvent.ts";

/**
 * The router's output, and exactly the events `POST /api/ai/...` sends over SSE:
 * any number of `delta` and `tool_call` (only when the request gave tools; `tool_call_delta`
 * too when it asked for `streamToolArguments`), then one `done`
 * or one `error`, then the stream ends.
 * `model` is `"<provider>:<model>"`, the model that actually answered (after any fallback).
 */
export type AiEvent =
  | { type: "delta"; text: string }
  | ToolCallDeltaEvent
  | ToolCallEvent
  | { type: "done"; model: string; usage: AiUsage }
  | { type: "error"; code: AiErrorCode; message: string };
