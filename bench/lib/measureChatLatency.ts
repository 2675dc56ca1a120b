/** Where a chat request goes and how its answer reads. */
export interface ChatTarget {
  url: string;
  headers: Record<string, string>;
  /** The JSON body; `stream: false` asks for a whole answer, where the target has that. */
  body: (options: { stream: boolean }) => Record<string, unknown>;
  /** How to spot the first output (text or a tool call): OpenAI's chunks, or Wove's events. */
  protocol: "openai" | "wove";
  /**
   * Called when a request could not be sent (wrangler dev restarts the Worker's workerd, on a
   * new port, when its sources change): may update `url`; the round is then run again.
   */
  recover?: () => Promise<void>;
}

export interface ChatLatency {
  /** Milliseconds until the whole answer was read, for a request that is not streamed. */
  whole: number[];
  /** Milliseconds until the first text (or tool call) of a streamed answer. */
  firstToken: number[];
}

/**
 * Rounds of one request to each target, one at a time, the order rotating each round, and
 * the kind of request (whole answer, or time to first token of a stream) alternating too,
 * so a change in the machine's load hits every target alike.
 */
export async function measureChatLatency<Name extends string>(
  targets: Record<Name, ChatTarget>,
  warmupRounds: number,
  rounds: number,
): Promise<Record<Name, ChatLatency>> {
  const names = Object.keys(targets) as Name[];
  const result = {} as Record<Name, ChatLatency>;
  for (const name of names) result[name] = { whole: [], firstToken: [] };
  for (let round = 0; round < warmupRounds + rounds; round++) {
    const streamed = round % 2 === 1;
    // Rotate every two rounds, so each target goes first as often for both kinds.
    const shift = Math.floor(round / 2) % names.length;
    const order = [...names.slice(shift), ...names.slice(0, shift)];
    const timed = await timeRound(
      order.map((name) => targets[name]),
      streamed,
    );
    if (!timed) {
      round--;
      continue;
    }
    if (round >= warmupRounds)
      order.forEach((name, i) => result[name][streamed ? "firstToken" : "whole"].push(timed[i]!));
  }
  return result;
}

/** One request to each target in turn; undefined when one could not be sent and recovered. */
async function timeRound(targets: ChatTarget[], streamed: boolean): Promise<number[] | undefined> {
  const times: number[] = [];
  for (const target of targets) {
    try {
      times.push(streamed ? await timeFirstToken(target) : await timeWhole(target));
    } catch (error) {
      const refused = error instanceof TypeError && (error.cause as { code?: string } | undefined)?.code;
      if (!target.recover || refused !== "ECONNREFUSED") throw error;
      await target.recover();
      return undefined;
    }
  }
  return times;
}

async function timeWhole(target: ChatTarget): Promise<number> {
  const started = performance.now();
  const res = await send(target, target.protocol === "wove" ? { stream: false } : { stream: true });
  const text = await res.text();
  const elapsed = performance.now() - started;
  const answer = target.protocol === "wove" ? (JSON.parse(text) as { text?: string; toolCalls?: unknown[] }) : {};
  if (target.protocol === "wove" && !answer.text && !answer.toolCalls?.length)
    throw new Error(`${target.url} answered without text or tool calls: ${text.slice(0, 300)}`);
  if (target.protocol === "openai" && !text.includes("data: [DONE]"))
    throw new Error(`${target.url} did not finish its stream: ${text.slice(0, 300)}`);
  return elapsed;
}

async function timeFirstToken(target: ChatTarget): Promise<number> {
  const started = performance.now();
  const res = await send(target, { stream: true });
  if (!res.body) throw new Error(`${target.url} answered no body`);
  const decoder = new TextDecoder();
  let seen = "";
  let elapsed: number | undefined;
  // Read to the end either way, so the connection is free for the next request.
  const reader = res.body.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    seen += decoder.decode(next.value, { stream: true });
    if (elapsed === undefined && hasFirstText(seen, target.protocol)) elapsed = performance.now() - started;
  }
  if (elapsed === undefined) throw new Error(`${target.url} streamed no text: ${seen.slice(0, 300)}`);
  return elapsed;
}

async function send(target: ChatTarget, options: { stream: boolean }): Promise<Response> {
  const res = await fetch(target.url, {
    method: "POST",
    headers: { ...target.headers, "content-type": "application/json" },
    body: JSON.stringify(target.body(options)),
  });
  if (!res.ok) throw new Error(`${target.url} answered ${res.status}: ${await res.text()}`);
  return res;
}

/** The first text, or the first tool call: a tool-calling answer may have no text at all. */
function hasFirstText(stream: string, protocol: ChatTarget["protocol"]): boolean {
  return protocol === "wove"
    ? stream.includes('"type":"delta"') || stream.includes('"type":"tool_call"')
    : /"content":"[^"]/.test(stream) || stream.includes('"tool_calls"');
}
