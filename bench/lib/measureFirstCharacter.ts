import {
  AGENT_MODEL,
  exchangesOf,
  newMarker,
  startScriptedRun,
  toolCall,
  type AgentBenchSetup,
} from "./AgentBenchSetup.ts";
import { whenRunShows } from "./whenRunShows.ts";

/** Milliseconds per round, each list in round order. */
export interface FirstCharacter {
  /** From sending `POST …/agent-runs` to the run's entry in the watcher's document. */
  postToEntry: number[];
  /** From sending it to the model's first text (the run's first "model" log line) there. */
  postToText: number[];
  /** From the model's first token leaving the fake (the proxy) to that line there. */
  tokenToText: number[];
  /** Reference: from sending `POST …/messages` (steering) to its log line there. */
  messageToLine: number[];
  /** Reference: from sending `POST /api/ai/chat` (streamed) to its first delta event at the client. */
  chatPostToDelta: number[];
  /** Reference: from the chat's first token leaving the fake to that delta. */
  chatTokenToDelta: number[];
}

/**
 * Rounds of: a run asking for approval (its planning turn answers set_plan at once), watched
 * in the project's document from a connected y-websocket client; a steering message to it
 * while it waits; a stop; then one streamed chat request to the same model. One process, one
 * clock: the proxy's times and the watcher's are comparable.
 */
export async function measureFirstCharacter(setup: AgentBenchSetup, rounds: number): Promise<FirstCharacter> {
  const result: FirstCharacter = {
    postToEntry: [],
    postToText: [],
    tokenToText: [],
    messageToLine: [],
    chatPostToDelta: [],
    chatTokenToDelta: [],
  };
  const { watcher, projectId } = setup;
  for (let round = 0; round < rounds; round++) {
    const marker = newMarker();
    const entry = whenRunShows(watcher, { kind: "entry", marker });
    const text = whenRunShows(watcher, { kind: "log", marker, line: (line) => line.kind === "model" });
    const plan = { title: "Revise the cards", steps: [{ title: "Revise them", files: [] }] };
    const run = await startScriptedRun(setup, {
      marker,
      behaviours: [{ kind: "answer", chunks: ["Planning the revision."], toolCalls: [toolCall("set_plan", plan)] }],
      autoApprove: false,
    });
    const [entryAt, textAt] = await Promise.all([entry, text]);
    const tokenAt = exchangesOf(setup.proxy, marker)[0]?.firstToken;
    if (tokenAt === undefined) throw new Error("the planning turn's answer streamed no text");
    result.postToEntry.push(entryAt - run.postedAt);
    result.postToText.push(textAt - run.postedAt);
    result.tokenToText.push(textAt - tokenAt);

    await whenRunShows(watcher, { kind: "status", marker, statuses: ["awaiting_approval"] });
    const steer = `Keep it short ${newMarker()}`;
    const line = whenRunShows(watcher, { kind: "log", marker, line: (l) => l.kind === "message" && l.text === steer });
    const sentAt = performance.now();
    const sent = await setup.api(`/api/projects/${projectId}/agent-runs/${run.id}/messages`, {
      method: "POST",
      json: { text: steer },
    });
    if (sent.status !== 202) throw new Error(`steering was refused: ${sent.status} ${JSON.stringify(sent.body)}`);
    result.messageToLine.push((await line) - sentAt);
    const stopped = await setup.api(`/api/projects/${projectId}/agent-runs/${run.id}/stop`, { method: "POST" });
    if (stopped.status !== 200) throw new Error(`stopping was refused: ${stopped.status}`);
    await whenRunShows(watcher, { kind: "status", marker, statuses: ["stopped"] });

    const chat = await timeChat(setup);
    result.chatPostToDelta.push(chat.deltaAt - chat.postedAt);
    result.chatTokenToDelta.push(chat.deltaAt - chat.tokenAt);
  }
  return result;
}

/** One streamed chat request, read to its end; when it was sent, its first token left the fake, and its first delta arrived. */
async function timeChat(setup: AgentBenchSetup): Promise<{ postedAt: number; tokenAt: number; deltaAt: number }> {
  const marker = newMarker();
  const postedAt = performance.now();
  const res = await setup.fetch("/api/ai/chat", {
    method: "POST",
    json: { messages: [{ role: "user", content: `Say hello ${marker}` }], model: AGENT_MODEL, stream: true },
  });
  if (!res.ok || !res.body) throw new Error(`the chat request failed: ${res.status} ${await res.text()}`);
  const decoder = new TextDecoder();
  let seen = "";
  let deltaAt: number | undefined;
  const reader = res.body.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    const at = performance.now();
    seen += decoder.decode(next.value, { stream: true });
    if (deltaAt === undefined && seen.includes('"type":"delta"')) deltaAt = at;
  }
  const tokenAt = exchangesOf(setup.proxy, marker)[0]?.firstToken;
  if (deltaAt === undefined || tokenAt === undefined)
    throw new Error(`the chat streamed no text: ${seen.slice(0, 300)}`);
  return { postedAt, tokenAt, deltaAt };
}
