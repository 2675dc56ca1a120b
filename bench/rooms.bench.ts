/**
 * Rooms against the y-websocket reference server, with the same stock y-websocket client
 * code against both, in one run: fan-out latency, sustained updates into one room, and
 * the time a new client takes to receive a large (B4-shaped) document. Fan-out is also
 * measured for two floors, minimal rooms in the same workerd (fixtures/RelayRoom.ts), so
 * the table shows how much of our gap to the reference is the platform's and how much ours.
 */
import * as Y from "yjs";
import type { Metric, MetricBenchmark, MetricReport } from "./lib/Benchmark.ts";
import { BENCH_FILE, createBenchFile } from "./lib/benchFile.ts";
import { generateB4Trace, type TraceOp } from "./lib/generateB4Trace.ts";
import { measureFanOut, type FanOutOptions } from "./lib/measureFanOut.ts";
import { measureJoin, type JoinOptions } from "./lib/measureJoin.ts";
import { measureThroughput, type ThroughputOptions } from "./lib/measureThroughput.ts";
import { sleep } from "./lib/openClient.ts";
import { median, percentile } from "./lib/percentile.ts";
import type { RoomServer } from "./lib/RoomServer.ts";
import { startReferenceServer } from "./lib/startReferenceServer.ts";
import { startRelayServer } from "./lib/startRelayServer.ts";
import { startWoveServer } from "./lib/startWoveServer.ts";
import { withTeardown } from "./lib/withTeardown.ts";

const FAN_OUT_READERS = [2, 20, 100];
// 10 ms apart at least: at most 100 messages/s, half a room's 200 per connection.
const FAN_OUT: Omit<FanOutOptions, "readers"> = { samples: 200, warmup: 20, minIntervalMs: 10 };
// 180 messages/s stays under the 200/s per connection; 10 edits each is 1,800 updates/s.
const THROUGHPUT: ThroughputOptions = {
  readers: 2,
  editsPerMessage: 10,
  messagesPerSecond: 180,
  window: 16,
  warmupMs: 1_000,
  durationMs: 5_000,
};
// 10 updates of ~26k edits each: every one far under the 8 MiB message limit.
const JOIN: JoinOptions = { updates: 10, warmup: 1, repeats: 5 };
const TRACE_SEED = 4;
/** The room's export window (EXPORT_DELAY_MS in workers/platform/src/rooms/ExportWindow.ts) plus a margin. */
const EXPORT_SETTLE_MS = 4_000;

interface Servers {
  subject: RoomServer;
  reference: RoomServer;
  /** Measured for fan-out only, each printed under our row against the same reference figure. */
  floors: Array<{ name: string; server: RoomServer }>;
}

async function measureRooms(): Promise<MetricReport> {
  return withTeardown(async (defer) => {
    const start = async (server: Promise<RoomServer>) => {
      const started = await server;
      defer(() => started.stop());
      return started;
    };
    const subject = await start(startWoveServer());
    const reference = await start(startReferenceServer());
    const floors = [
      { name: "workerd relay, in memory", server: await start(startRelayServer({ appendToSqlite: false })) },
      { name: "workerd relay + SQLite append", server: await start(startRelayServer({ appendToSqlite: true })) },
    ];
    return measureBoth({ subject, reference, floors });
  });
}

async function measureBoth(servers: Servers): Promise<MetricReport> {
  const metrics: Metric[] = [];
  const both = async <T>(measure: (server: RoomServer) => Promise<T>) => {
    const subject = await measure(servers.subject);
    // The room exports changed files to Postgres a few seconds after the first edit, and its
    // snapshot to R2 once the last socket closes: let that pass, so it does not compete for the CPU with the reference's turn.
    await sleep(EXPORT_SETTLE_MS);
    return { subject, reference: await measure(servers.reference) };
  };

  for (const readers of FAN_OUT_READERS) {
    const latencies = await both((server) => measureFanOut(server, { ...FAN_OUT, readers }));
    const floors: Array<{ name: string; latencies: number[] }> = [];
    for (const { name, server } of servers.floors) {
      floors.push({ name, latencies: await measureFanOut(server, { ...FAN_OUT, readers }) });
    }
    for (const p of [50, 99]) {
      const reference = percentile(latencies.reference, p);
      metrics.push({
        name: `fan-out p${p}, 1 writer -> ${readers} readers`,
        unit: "ms",
        better: "lower",
        subject: percentile(latencies.subject, p),
        reference,
        target: { of: "ratio", op: "<=", value: 1 },
      });
      for (const floor of floors) {
        metrics.push({
          name: `  floor: ${floor.name}`,
          unit: "ms",
          better: "lower",
          subject: percentile(floor.latencies, p),
          reference,
        });
      }
    }
  }

  const throughput = await both((server) => measureThroughput(server, THROUGHPUT));
  const offered = THROUGHPUT.messagesPerSecond * THROUGHPUT.editsPerMessage;
  metrics.push(
    {
      name: `sustained updates, 1 writer -> ${THROUGHPUT.readers} readers`,
      unit: "updates/s",
      better: "higher",
      subject: throughput.subject.editsPerSecond,
      reference: throughput.reference.editsPerSecond,
      target: { of: "subject", op: ">=", value: 1_000 },
    },
    {
      name: "  p99 send -> reader under that load",
      unit: "ms",
      better: "lower",
      subject: percentile(throughput.subject.lagsMs, 99),
      reference: percentile(throughput.reference.lagsMs, 99),
    },
  );

  const { trace, expected, encodedBytes, decodeMs } = prepareTrace();
  const joins = await both((server) => measureJoin(server, trace, expected, JOIN));
  metrics.push({
    name: `B4 join, median of ${JOIN.repeats}`,
    unit: "ms",
    better: "lower",
    subject: median(joins.subject),
    reference: median(joins.reference),
    target: { of: "subject", op: "<", value: 100 },
  });

  const keptUp = [throughput.subject, throughput.reference].every((t) => t.editsPerSecond >= offered * 0.98);
  const kB = (bytes: number) => `${Math.round(bytes / 1000)} kB`;
  return {
    metrics,
    notes: [
      "wove: the whole local platform (npm start --skip-build: wrangler dev, workerd, embedded Postgres), reached " +
        "at the Worker's own workerd (as production has it, not through wrangler dev's proxy, a development-only " +
        "hop: bench/lib/findWorkerOrigin.ts) at /api/projects/<id>/sync, with wrangler dev's local observability " +
        "off, as npm start runs it; its room appends every update to SQLite before broadcasting it. The reference keeps " +
        "documents in memory only (no persistence). Each runs in its own process on loopback; the clients are the " +
        "stock y-websocket client in the benchmark's process, awareness off, one room per measurement, every " +
        `change typed into a project file (${BENCH_FILE.path}), as the editor does.`,
      "floor rows (their figure in the wove column): a minimal y-websocket room as a Durable Object " +
        "(bench/fixtures/RelayRoom.ts: hibernatable sockets, one Y.Doc in memory, y-protocols sync, each update " +
        "sent to the other sockets; no auth, limits or export) behind a Worker that only forwards the upgrade, in " +
        "the same workerd build (a process of its own), started by miniflare and reached directly, as wove is; " +
        "'+ SQLite append' first INSERTs each update into the object's SQLite (on disk), as our room does. " +
        "Measured right after the reference, the same way; their ratio is to the same reference figure.",
      `fan-out: one writer types one character per change, ${FAN_OUT.samples} changes after ${FAN_OUT.warmup} ` +
        "warm-up; " +
        `each is sent once every reader has the previous one and >= ${FAN_OUT.minIntervalMs} ms later (<= 100 ` +
        "messages/s, under the room's 200/s per connection); p50/p99 over every (change, reader) pair.",
      `sustained: ${THROUGHPUT.editsPerMessage} single-character edits per message (one transaction, as a client ` +
        `batching keystrokes) at ${THROUGHPUT.messagesPerSecond} messages/s, under the 200/s per connection, never ` +
        `more than ${THROUGHPUT.window} messages ahead of the slowest reader; counted at the slowest reader over ` +
        `${THROUGHPUT.durationMs / 1000} s after ${THROUGHPUT.warmupMs / 1000} s warm-up. Offered: ` +
        `${offered.toLocaleString("en-US")} updates/s; ` +
        (keptUp
          ? "both kept up, so this is a floor set by the writer's pace, not either server's ceiling."
          : "a side below it could not keep up."),
      `B4 join: a B4-shaped trace (generateB4Trace seed ${TRACE_SEED}: ${trace.length.toLocaleString("en-US")} ` +
        `edits, ${expected.length.toLocaleString("en-US")} characters, ${kB(encodedBytes)} as one Yjs update) ` +
        `replayed as ${JOIN.updates} updates; each join is timed from opening the socket (room token already ` +
        `fetched) until the text equals the expected text; ${JOIN.warmup} warm-up join first. Applying that ` +
        `update alone takes this client ${decodeMs.toFixed(0)} ms.`,
    ],
  };
}

function prepareTrace(): { trace: TraceOp[]; expected: string; encodedBytes: number; decodeMs: number } {
  const trace = generateB4Trace(TRACE_SEED);
  const doc = new Y.Doc();
  const text = createBenchFile(doc);
  doc.transact(() => {
    for (const [position, deleteCount, insertText] of trace) {
      if (deleteCount) text.delete(position, deleteCount);
      if (insertText) text.insert(position, insertText);
    }
  });
  const update = Y.encodeStateAsUpdate(doc);
  const decodes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    Y.applyUpdate(new Y.Doc(), update);
    decodes.push(performance.now() - started);
  }
  return { trace, expected: text.toString(), encodedBytes: update.byteLength, decodeMs: median(decodes) };
}

const rooms: MetricBenchmark = {
  name: "rooms",
  subject: "Wove project room (local platform)",
  reference: "@y/websocket-server 0.1.1 (in memory)",
  measure: measureRooms,
};

export default [rooms];
