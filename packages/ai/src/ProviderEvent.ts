import type { ProviderFailure } from "./ProviderFailure.ts";
import type { ToolCallDeltaEvent } from "./ToolCallDeltaEvent.ts";
import type { ToolCallEvent } from "./ToolCallEvent.ts";

/**
 * What an adapter yields: text as it arrives and each tool call once complete (and, when the
 * request has `streamToolArguments`, its arguments' fragments as they arrive), then exactly
 * one of `done` (with the tokens the vendor reported) or `failed`. Adapters never throw for
 * vendor or network trouble.
 */
export type ProviderEvent =
  | { type: "delta"; text: string }
  | ToolCallDeltaEvent
  | ToolCallEvent
  | { type: "done"; inputTokens: number; outputTokens: number }
  | { type: "failed"; failure: ProviderFailure };
