import type { ToolCall } from "./ToolCall.ts";

/**
 * One complete tool call, yielded once its streamed argument fragments are assembled and
 * parsed. When they are not valid JSON the call is still yielded, with the raw text as
 * `arguments` and `malformed: true`, so the agent can tell the model instead of failing.
 */
export type ToolCallEvent = { type: "tool_call"; malformed?: true } & ToolCall;
