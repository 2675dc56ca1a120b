import type { ToolCallEvent } from "./ToolCallEvent.ts";
import { toToolCallEvent } from "./toToolCallEvent.ts";

/** A piece of one streamed call: the id and name come once, the arguments' JSON text in pieces. */
export interface ToolCallFragment {
  id?: string | null;
  name?: string | null;
  json?: string | null;
}

/**
 * Joins tool calls streamed in fragments keyed by an index (Anthropic's content block index,
 * OpenAI's `tool_calls[].index`) and hands each over whole, its arguments parsed.
 */
export function createToolCallAssembler() {
  const calls = new Map<number, { id: string; name: string; json: string }>();

  function take(index: number): ToolCallEvent | undefined {
    const call = calls.get(index);
    if (!call) return undefined;
    calls.delete(index);
    // Some OpenAI-compatible local servers send no id: the index keeps a result matched to its call.
    return toToolCallEvent(call.id || `call_${index}`, call.name, call.json);
  }

  return {
    add(index: number, fragment: ToolCallFragment): void {
      const call = calls.get(index) ?? { id: "", name: "", json: "" };
      calls.set(index, {
        // The first fragment names the call; some servers repeat id and name in the others.
        id: call.id || (fragment.id ?? ""),
        name: call.name || (fragment.name ?? ""),
        json: call.json + (fragment.json ?? ""),
      });
    },
    /** The call at `index`, whole, once; undefined when no call streamed there. */
    take,
    /** Every call not yet taken, in index order. */
    takeAll: (): ToolCallEvent[] => [...calls.keys()].sort((a, b) => a - b).flatMap((index) => take(index) ?? []),
  };
}
