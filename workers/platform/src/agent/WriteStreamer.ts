import { Allow, parse } from "partial-json";
import type { ProjectRoom } from "../rooms/ProjectRoom.ts";

/** A streamed tool call's arguments as they arrive (the router's `tool_call_delta` events). */
export interface ToolCallDelta {
  index: number;
  id: string;
  name: string;
  json: string;
}

interface Streaming {
  id: string;
  name: string;
  json: string;
  /** Characters of its content the room has; false once the room declined the stream. */
  sent: number | false;
}

/**
 * Writes each `write_file` into the room while the model is still writing it, so everyone
 * watches the file (and the agent's caret) grow (ProjectRoom.agentStream). At most one room
 * call is in flight: what arrives meanwhile goes with the next one, so the writes keep pace
 * with the room rather than with the tokens. A stream only ever appends; the call's own
 * agentApply, once the answer is whole, writes what remains and answers the model.
 *
 * The arguments are parsed as partial JSON (partial-json): the path only once its string is
 * complete, the content as far as it has come.
 */
export class WriteStreamer {
  readonly #calls = new Map<number, Streaming>();
  readonly #due = new Set<number>();
  #sending: Promise<void> | null = null;

  constructor(
    private readonly room: DurableObjectStub<ProjectRoom>,
    private readonly runId: string,
    private readonly starter: string,
    private readonly maxChars: number,
  ) {}

  add(delta: ToolCallDelta): void {
    const call = this.#calls.get(delta.index) ?? { id: delta.id, name: delta.name, json: "", sent: 0 };
    call.json += delta.json;
    this.#calls.set(delta.index, call);
    if (call.name !== "write_file" || call.sent === false) return;
    this.#due.add(delta.index);
    this.#sending ??= this.#drain();
  }

  /** The ids of the calls that streamed into the room (their files exist now). */
  get streamed(): string[] {
    return [...this.#calls.values()].filter((call) => call.sent !== false && call.sent > 0).map((call) => call.id);
  }

  /** Resolves once every room call made so far has answered. */
  async settle(): Promise<void> {
    await this.#sending;
  }

  async #drain(): Promise<void> {
    try {
      while (this.#due.size > 0) {
        const [index] = this.#due;
        this.#due.delete(index!);
        await this.#send(this.#calls.get(index!)!);
      }
    } finally {
      this.#sending = null;
    }
  }

  async #send(call: Streaming): Promise<void> {
    if (call.sent === false) return;
    const sent = call.sent;
    const { path, content } = readWrite(call.json);
    if (path === undefined || content === undefined || content.length <= sent) return;
    // Over the size limit the call will be refused whole; what streamed is taken back then.
    if (content.length > this.maxChars) {
      call.sent = false;
      return;
    }
    try {
      const taken = await this.room.agentStream(this.runId, call.id, path, content, this.starter);
      call.sent = taken ? content.length : false;
    } catch {
      // The room could not take it now: the call is applied whole when the answer is in.
      call.sent = false;
    }
  }
}

/** The path (only when its string is complete) and the content so far of `write_file` arguments. */
export function readWrite(json: string): { path?: string; content?: string } {
  try {
    const whole = parse(json, Allow.OBJ) as { path?: unknown };
    const partial = parse(json, Allow.OBJ | Allow.STR) as { content?: unknown };
    return {
      ...(typeof whole.path === "string" ? { path: whole.path } : {}),
      ...(typeof partial.content === "string" ? { content: partial.content } : {}),
    };
  } catch {
    return {};
  }
}
