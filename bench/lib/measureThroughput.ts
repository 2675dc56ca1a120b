import type * as Y from "yjs";
import { waitForBenchFile } from "./benchFile.ts";
import { assertNoCloses, openClient, openWriter, sleep, within, type BenchClient } from "./openClient.ts";
import type { RoomServer } from "./RoomServer.ts";

export interface ThroughputOptions {
  readers: number;
  /** Single-character edits per message (one transaction, as a client batching keystrokes). */
  editsPerMessage: number;
  /** The writer's pace; a room allows 200 messages per second per connection. */
  messagesPerSecond: number;
  /** Messages in flight (sent, not yet seen by every reader) before the writer waits. */
  window: number;
  warmupMs: number;
  durationMs: number;
}

export interface Throughput {
  /** Edits per second reaching the slowest reader, over the measured duration. */
  editsPerSecond: number;
  messagesPerSecond: number;
  /** For each message and reader during the measured duration: send to arrival, in ms. */
  lagsMs: number[];
}

/**
 * Sustained updates into one room: one writer types at the end of a project file as fast
 * as the pace allows, but never more than `window` messages ahead of the slowest reader,
 * so the figure is what the room delivers, not what a socket buffers. Readers' text
 * lengths are read after a warm-up and again `durationMs` later.
 */
export async function measureThroughput(server: RoomServer, options: ThroughputOptions): Promise<Throughput> {
  const room = await server.createRoom();
  const clients: BenchClient[] = [];
  try {
    const { writer, text } = await openWriter(room, clients);
    for (let i = 0; i < options.readers; i++) clients.push(openClient(await room.address()));
    const readers = clients.slice(1);
    await within(Promise.all(readers.map((c) => c.synced)), 30_000, "readers syncing");
    const readerTexts = await within(
      Promise.all(readers.map((r) => waitForBenchFile(r.doc))),
      30_000,
      "readers receiving the file",
    );

    const slowest = () => Math.min(...readerTexts.map((t) => t.length));
    const sentAt: number[] = [];
    const lagsMs: number[] = [];
    let measuring = false;
    for (const readerText of readerTexts) {
      let received = 0;
      readerText.observe(() => {
        const now = performance.now();
        const complete = Math.floor(readerText.length / options.editsPerMessage);
        for (; received < complete; received++) if (measuring) lagsMs.push(now - (sentAt[received] ?? now));
      });
    }
    let running = true;
    const typing = type(writer.doc, text, options, sentAt, slowest, () => running);
    try {
      await sleep(options.warmupMs);
      measuring = true;
      const from = { at: performance.now(), length: slowest() };
      await sleep(options.durationMs);
      const to = { at: performance.now(), length: slowest() };
      measuring = false;
      const editsPerSecond = ((to.length - from.length) * 1000) / (to.at - from.at);
      assertNoCloses(clients, "throughput");
      return { editsPerSecond, messagesPerSecond: editsPerSecond / options.editsPerMessage, lagsMs };
    } finally {
      running = false;
      await typing;
    }
  } finally {
    for (const client of clients) client.destroy();
  }
}

async function type(
  doc: Y.Doc,
  text: Y.Text,
  options: ThroughputOptions,
  sentAt: number[],
  slowest: () => number,
  running: () => boolean,
): Promise<void> {
  const interval = 1000 / options.messagesPerSecond;
  const ahead = options.window * options.editsPerMessage;
  let next = performance.now();
  while (running()) {
    // Never catch up in a burst after a stall: a late message moves the schedule.
    const wait = next - performance.now();
    if (wait > 0) await sleep(wait);
    next = Math.max(next, performance.now() - interval) + interval;
    if (text.length - slowest() >= ahead) {
      await sleep(1);
      continue;
    }
    sentAt.push(performance.now());
    doc.transact(() => {
      for (let i = 0; i < options.editsPerMessage; i++) text.insert(text.length, String.fromCharCode(97 + (i % 26)));
    });
  }
}
