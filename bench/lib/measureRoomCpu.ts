import { RoomClient, type ProbeTiming } from "@wove/sync";
import { watchingSends } from "../../e2e/lib/watchingSends.ts";
import * as Y from "yjs";
import { createBenchFile, waitForBenchFile } from "./benchFile.ts";
import type { TraceOp } from "./generateB4Trace.ts";
import { assertNoCloses, openClient, sleep, within, type BenchClient } from "./openClient.ts";
import { processCpuNs } from "./processCpuNs.ts";
import { replayTrace } from "./replayTrace.ts";
import type { RoomServer } from "./RoomServer.ts";

export interface RoomCpuOptions {
  readers: number;
  /** Typed as words: `wordLength` keys `keyIntervalMs` apart, then a `pauseMs` pause. */
  words: number;
  wordLength: number;
  keyIntervalMs: number;
  pauseMs: number;
  /** The room's document before typing starts: a trace replayed in this many updates, or empty. */
  document: { trace: readonly TraceOp[]; updates: number } | null;
  /** The writer's probe timing (ProbeScheduler); the client's default if absent. */
  probeTiming?: ProbeTiming;
  /** Quiet time after setup, so the room's export of the loaded document is not counted. */
  settleMs: number;
  /** Then this long with nothing typed: the process's idle CPU rate, taken off the typing's. */
  idleSampleMs: number;
}

/**
 * Room CPU per keystroke: a writer (@wove/sync's RoomClient, which probes as the IDE does)
 * and `readers` stock y-websocket clients in one room; the writer types `words` words at
 * the end of the bench file. CPU time of the workerd process that runs the room (`pid`,
 * see processCpuNs) from the first key until the writer has every change confirmed and
 * every reader has it, less what the process uses idle over that time (its timers,
 * measured just before), divided by the keys typed. Everything the room does for them
 * counts: append, fan-out, probes, and any export the typing triggers.
 * Answers nanoseconds per keystroke (net of idle, and gross) and the probes the writer sent.
 */
export async function measureRoomCpu(
  server: RoomServer,
  pid: number,
  options: RoomCpuOptions,
): Promise<{ nsPerKey: number; grossNsPerKey: number; probes: number }> {
  const room = await server.createRoom();
  const clients: BenchClient[] = [];
  const first = await room.address();
  const doc = new Y.Doc();
  let probes = 0;
  const writer = new RoomClient({
    url: `${first.serverUrl}/${first.roomName}`,
    doc,
    getToken: async () => (await room.address()).params.token ?? "",
    // A sync step 1 (message type 0, sync type 0) is a probe.
    WebSocket: watchingSends((data) => typeof data !== "string" && data[0] === 0 && data[1] === 0 && probes++),
    ...(options.probeTiming ? { probeTiming: options.probeTiming } : {}),
  });
  writer.awareness.setLocalState(null);
  try {
    await within(
      until(writer, () => writer.status === "synced"),
      30_000,
      "writer syncing",
    );
    const text = createBenchFile(doc);
    if (options.document) replayTrace(doc, text, options.document.trace, options.document.updates);
    await within(
      until(writer, () => writer.pendingChanges === 0),
      60_000,
      "the room storing the document",
    );

    for (let i = 0; i < options.readers; i += 10) {
      const addresses = await Promise.all(
        Array.from({ length: Math.min(10, options.readers - i) }, () => room.address()),
      );
      for (const address of addresses) clients.push(openClient(address));
    }
    await within(Promise.all(clients.map((r) => r.synced)), 120_000, "readers syncing");
    const readerTexts = await within(
      Promise.all(clients.map((r) => waitForBenchFile(r.doc))),
      60_000,
      "readers receiving the file",
    );
    await sleep(options.settleMs);
    const idleStart = { cpu: processCpuNs(pid), at: performance.now() };
    await sleep(options.idleSampleMs);
    const idleNsPerMs = (processCpuNs(pid) - idleStart.cpu) / (performance.now() - idleStart.at);

    const keys = options.words * options.wordLength;
    const finalLength = text.length + keys;
    const cpuBefore = processCpuNs(pid);
    const startedAt = performance.now();
    probes = 0;
    for (let word = 0; word < options.words; word++) {
      for (let key = 0; key < options.wordLength; key++) {
        text.insert(text.length, key === options.wordLength - 1 ? " " : "x");
        await sleep(options.keyIntervalMs);
      }
      await sleep(options.pauseMs);
    }
    await within(
      until(writer, () => writer.pendingChanges === 0),
      30_000,
      "the room confirming every key",
    );
    await within(
      Promise.all(readerTexts.map((t) => untilText(t, finalLength))),
      30_000,
      "every reader receiving every key",
    );
    const cpu = processCpuNs(pid) - cpuBefore;
    const idle = idleNsPerMs * (performance.now() - startedAt);
    assertNoCloses(clients, "room CPU");
    return { nsPerKey: (cpu - idle) / keys, grossNsPerKey: cpu / keys, probes };
  } finally {
    writer.destroy();
    for (const client of clients) client.destroy();
  }
}

function until(client: RoomClient, done: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (done()) return resolve();
    const check = () => {
      if (!done()) return;
      offStatus();
      offPending();
      resolve();
    };
    const offStatus = client.on("status", check);
    const offPending = client.on("pending", check);
  });
}

function untilText(text: Y.Text, length: number): Promise<void> {
  return new Promise((resolve) => {
    if (text.length >= length) return resolve();
    const check = () => {
      if (text.length < length) return;
      text.unobserve(check);
      resolve();
    };
    text.observe(check);
  });
}
