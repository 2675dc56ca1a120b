import type { ToolCallDeltaEvent } from "./ToolCallDeltaEvent.ts";
import type { ToolCallEvent } from "./ToolCallEvent.ts";
import { toToolCallEvent } from "./toToolCallEvent.ts";

/** A piece of one streamed call: the id and name come once, the arguments' JSON text in pieces. */
export interface ToolCallFragment {
  id?: string | null;
  name?: string | null;
  json?: string | null;
}

interface PendingCall {
  id: string;
  name: string;
  json: string;
  /** The call's position in the answer, for `tool_call_delta.index`. */
  position: number;
}

/**
 * Joins tool calls streamed in fragments keyed by an index (Anthropic's content block index,
 * OpenAI's `tool_calls[].index`) and hands each over whole, its arguments parsed. With
 * `streamArguments`, `add` also returns each non-empty fragment as a `tool_call_delta`, and
 * `take` a `{}` delta before a call that streamed no text, so joined deltas always parse.
 * Positions count calls in the order they start: both vendors stream calls one after another.
 */
export function createToolCallAssembler({ streamArguments = false }: { streamArguments?: boolean } = {}) {
  const calls = new Map<number, PendingCall>();
  let started = 0;

  // Some OpenAI-compatible local servers send no id: the index keeps a result matched to its call.
  const idOf = (index: number, call: PendingCall) => call.id || `call_${index}`;
  const deltaOf = (index: number, call: PendingCall, json: string): ToolCallDeltaEvent => ({
    type: "tool_call_delta",
    index: call.position,
    id: idOf(index, call),
    name: call.name,
    json,
  });

  function take(index: number): ToolCallEvent | undefined {
    const call = calls.get(index);
    if (!call) return undefined;
    calls.delete(index);
    return toToolCallEvent(idOf(index, call), call.name, call.json);
  }

  /** The call at `index`, whole, once, after its `{}` delta when it streamed no arguments. */
  function takeWithDelta(index: number): (ToolCallDeltaEvent | ToolCallEvent)[] {
    const call = calls.get(index);
    if (!call) return [];
    const empty = streamArguments && call.json.trim() === "" ? [deltaOf(index, call, "{}")] : [];
    const whole = take(index);
    return whole ? [...empty, whole] : empty;
  }

  return {
    /** Adds a fragment; returns its delta when arguments are streamed and it carried text. */
    add(index: number, fragment: ToolCallFragment): ToolCallDeltaEvent[] {
      const call = calls.get(index) ?? { id: "", name: "", json: "", position: started++ };
      // The first fragment names the call; some servers repeat id and name in the others.
      call.id ||= fragment.id ?? "";
      call.name ||= fragment.name ?? "";
      call.json += fragment.json ?? "";
      calls.set(index, call);
      return streamArguments && fragment.json ? [deltaOf(index, call, fragment.json)] : [];
    },
    /** The call at `index`, whole, once (after its `{}` delta, see above); nothing when no call streamed there. */
    take: takeWithDelta,
    /** Every call not yet taken, in index order. */
    takeAll: (): (ToolCallDeltaEvent | ToolCallEvent)[] =>
      [...calls.keys()].sort((a, b) => a - b).flatMap((index) => takeWithDelta(index)),
  };
}
