/**
 * A new piece of a tool call's arguments as the model writes them, sent only when the request
 * asks (`streamToolArguments`), so the agent can act on a long argument (a file's content)
 * before the call is complete. `json` is the fragment, not the text so far: the `json` of every
 * delta of one `index`, joined, is the call's whole arguments text (`{}` for a call without
 * arguments). `index` is the call's position in this answer (0, 1, ...); `id` and `name` are
 * repeated on every delta. The complete `tool_call` still follows, as without the option.
 */
export interface ToolCallDeltaEvent {
  type: "tool_call_delta";
  index: number;
  id: string;
  name: string;
  json: string;
}
