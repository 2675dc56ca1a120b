import { waitForBenchFile } from "./benchFile.ts";
import { assertNoCloses, openClient, openWriter, sleep, within, type BenchClient } from "./openClient.ts";
import type { Room, RoomServer } from "./RoomServer.ts";

export interface FanOutOptions {
  readers: number;
  /** Measured changes; each gives one latency per reader. */
  samples: number;
  /** Changes sent first and not measured (connections, JIT and caches warm up). */
  warmup: number;
  /**
   * Least time between two changes. One change is one message, so this keeps the writer
   * under a room's 200 messages per second per connection.
   */
  minIntervalMs: number;
}

/**
 * Latency from one writer to each of N readers: the writer types one character at the end
 * of a project file and notes the time on a clock every client shares (one process); each
 * reader notes when its text grows to include it. The next keystroke is sent once every
 * reader has the previous one (and at least `minIntervalMs` later), so no queue builds
 * up: this is the latency of one change, not of a backlog. Answers every
 * (keystroke, reader) latency in milliseconds.
 */
export async function measureFanOut(server: RoomServer, options: FanOutOptions): Promise<number[]> {
  const room = await server.createRoom();
  const clients: BenchClient[] = [];
  try {
    const { text } = await openWriter(room, clients);
    const readers = await connectReaders(room, options.readers, clients);
    await within(Promise.all(readers.map((r) => r.synced)), 60_000, "readers syncing");
    const readerTexts = await within(
      Promise.all(readers.map((r) => waitForBenchFile(r.doc))),
      30_000,
      "readers receiving the file",
    );

    const total = options.warmup + options.samples;
    const sentAt = new Float64Array(total);
    const seenBy = new Uint32Array(total);
    const latencies: number[] = [];
    let waiting: { seq: number; resolve: () => void } | undefined;
    for (const readerText of readerTexts) {
      let seen = 0;
      readerText.observe(() => {
        const now = performance.now();
        for (; seen < readerText.length && seen < total; seen++) {
          if (seen >= options.warmup) latencies.push(now - (sentAt[seen] ?? now));
          seenBy[seen] = (seenBy[seen] ?? 0) + 1;
          if (waiting?.seq === seen && seenBy[seen] === readers.length) waiting.resolve();
        }
      });
    }

    for (let seq = 0; seq < total; seq++) {
      const started = performance.now();
      const allSeen = new Promise<void>((resolve) => (waiting = { seq, resolve }));
      sentAt[seq] = performance.now();
      text.insert(seq, "x");
      await within(allSeen, 10_000, `keystroke ${seq} reaching ${readers.length} readers`);
      const elapsed = performance.now() - started;
      if (elapsed < options.minIntervalMs) await sleep(options.minIntervalMs - elapsed);
    }
    assertNoCloses(clients, "fan-out");
    return latencies;
  } finally {
    for (const client of clients) client.destroy();
  }
}

/** Opens readers ten at a time: each needs its own address (for ours, its own token). */
async function connectReaders(room: Room, count: number, clients: BenchClient[]): Promise<BenchClient[]> {
  const readers: BenchClient[] = [];
  for (let i = 0; i < count; i += 10) {
    const batch = Math.min(10, count - i);
    const addresses = await Promise.all(Array.from({ length: batch }, () => room.address()));
    for (const address of addresses) {
      const reader = openClient(address);
      clients.push(reader);
      readers.push(reader);
    }
  }
  return readers;
}
