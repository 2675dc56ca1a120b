import { BENCH_FILE } from "./benchFile.ts";
import type { TraceOp } from "./generateB4Trace.ts";
import { assertNoCloses, openClient, openWriter, sleep, within, type BenchClient } from "./openClient.ts";
import { whenText } from "./whenText.ts";
import { replayTrace } from "./replayTrace.ts";
import type { RoomServer } from "./RoomServer.ts";

export interface JoinOptions {
  /** The trace is replayed as this many transactions, so the room receives this many updates. */
  updates: number;
  /** Unmeasured joins first, then measured ones. */
  warmup: number;
  repeats: number;
}

/**
 * Time for a new client to receive a large document: a writer replays `trace` into a
 * project file in a fresh room, then fresh clients join one at a time; each is timed from opening its
 * socket (its room token, if any, already fetched) until its text equals the expected
 * text. Answers the measured join times in milliseconds.
 */
export async function measureJoin(
  server: RoomServer,
  trace: readonly TraceOp[],
  expected: string,
  options: JoinOptions,
): Promise<number[]> {
  const room = await server.createRoom();
  const clients: BenchClient[] = [];
  try {
    const { writer, text } = await openWriter(room, clients);
    replayTrace(writer.doc, text, trace, options.updates);
    if (text.toString() !== expected) throw new Error("the replayed trace differs from expected");

    const times: number[] = [];
    for (let i = 0; i < options.warmup + options.repeats; i++) {
      const address = await room.address();
      const started = performance.now();
      const joiner = openClient(address);
      clients.push(joiner);
      await within(whenText(joiner.doc, BENCH_FILE.id, expected), 60_000, "a joining client receiving the document");
      const elapsed = performance.now() - started;
      if (i >= options.warmup) times.push(elapsed);
      joiner.destroy();
      // Let the server see the close before the next join.
      await sleep(50);
    }
    assertNoCloses(clients, "join");
    return times;
  } finally {
    for (const client of clients) client.destroy();
  }
}
