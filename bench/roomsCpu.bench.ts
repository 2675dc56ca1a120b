/**
 * Room CPU per keystroke at 20 connected readers, on an empty document and on a B4-sized
 * one, side by side (the B4 figure in the wove column, the small one in the reference
 * column): a ratio near 1 means nothing the room does per keystroke grows with the
 * document. Measured with the client's probes on a pause in typing (ProbeScheduler's
 * default) and, in the same run, with the old probe (100 ms after the first unconfirmed
 * change), whose answers each cost the room a pass over the whole document.
 * `npm run bench -- rooms` runs it with the other room figures; `-- roomsCpu` alone.
 */
import type { ProbeTiming } from "@wove/sync";
import type { Metric, MetricBenchmark, MetricReport } from "./lib/Benchmark.ts";
import { generateB4Trace } from "./lib/generateB4Trace.ts";
import { measureRoomCpu, type RoomCpuOptions } from "./lib/measureRoomCpu.ts";
import { startWoveServer } from "./lib/startWoveServer.ts";
import { withTeardown } from "./lib/withTeardown.ts";

const TRACE_SEED = 4;
/** Eight keys a word, 60 ms apart, then a 400 ms pause: a person typing steadily. */
const TYPING: Omit<RoomCpuOptions, "document" | "probeTiming"> = {
  readers: 20,
  words: 20,
  wordLength: 8,
  keyIntervalMs: 60,
  pauseMs: 400,
  // ProjectRoom's export debounce (3 s) plus a margin: the loaded document's export is not typing's.
  settleMs: 4_000,
  idleSampleMs: 5_000,
};
const OLD_PROBE: ProbeTiming = { idleMs: Infinity, minIntervalMs: 0, maxWaitMs: 100 };
const PROBES: Array<{ name: string; timing?: ProbeTiming }> = [
  { name: "probe on pause" },
  { name: "old probe, 100 ms" },
];
PROBES[1]!.timing = OLD_PROBE;

async function measureRoomsCpu(): Promise<MetricReport> {
  return withTeardown(async (defer) => {
    const server = await startWoveServer();
    defer(() => server.stop());
    const b4 = { trace: generateB4Trace(TRACE_SEED), updates: 10 };
    const metrics: Metric[] = [];
    const probeCounts: string[] = [];
    for (const probe of PROBES) {
      const options = { ...TYPING, ...(probe.timing ? { probeTiming: probe.timing } : {}) };
      const small = await measureRoomCpu(server, server.workerPid, { ...options, document: null });
      const big = await measureRoomCpu(server, server.workerPid, { ...options, document: b4 });
      metrics.push({
        name: `room CPU per keystroke, ${TYPING.readers} readers, B4 doc / empty doc: ${probe.name}`,
        unit: "ms",
        better: "lower",
        subject: big.nsPerKey / 1e6,
        reference: small.nsPerKey / 1e6,
        ...(probe.timing ? {} : { target: { of: "ratio" as const, op: "<=" as const, value: 1.5 } }),
      });
      probeCounts.push(
        `${probe.name}: ${big.probes} probes (B4), ${small.probes} (empty); gross ` +
          `${ms(big.grossNsPerKey)} (B4), ${ms(small.grossNsPerKey)} (empty) ms/key`,
      );
    }
    const keys = TYPING.words * TYPING.wordLength;
    return {
      metrics,
      notes: [
        "room CPU: one writer (@wove/sync's RoomClient, awareness off) types " +
          `${keys} keys at the end of a project file (${TYPING.words} words of ${TYPING.wordLength} keys ` +
          `${TYPING.keyIntervalMs} ms apart, ${TYPING.pauseMs} ms pause after each) with ${TYPING.readers} stock ` +
          "y-websocket readers connected; CPU time of the workerd process running the Worker and its rooms " +
          "(sum over its threads of /proc/<pid>/task/*/schedstat, so wrangler's proxy and Postgres are not " +
          "counted), from the first key until the room confirmed every key and every reader has it, divided " +
          `by the keys, less the process's idle CPU over that time (its rate measured for ${TYPING.idleSampleMs / 1000} s just ` +
          "before; the gross figures are below). Includes the room's debounced export of the typed file, which typing triggers. " +
          `B4 doc: generateB4Trace seed ${TRACE_SEED} replayed in 10 updates first; empty: only the file. ` +
          "The B4 figure is in the wove column, the empty one in the reference column.",
        `probes sent while typing, and CPU per key with idle included: ${probeCounts.join("; ")}.`,
      ],
    };
  });
}

const ms = (ns: number) => (ns / 1e6).toFixed(2);

const roomsCpu: MetricBenchmark = {
  name: "room CPU",
  subject: "B4-sized document",
  reference: "empty document",
  measure: measureRoomsCpu,
};

export default [roomsCpu];
