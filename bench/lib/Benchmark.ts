/** One side of a comparison: our code, or the reference it is measured against. */
export interface Contender {
  name: string;
  run: () => unknown;
}

/**
 * A benchmark always measures our implementation side by side with a reference in the
 * same run, so the printed ratio means something on any machine.
 */
export interface Benchmark {
  /** What is measured, in a few words: "apply 1k keystroke updates". */
  name: string;
  subject: Contender;
  reference: Contender;
  /** Starts what both sides need (a server, a document); returns its teardown. */
  setup?: () => Promise<() => Promise<void>>;
}

export interface BenchmarkResult {
  name: string;
  subject: string;
  reference: string;
  subjectOpsPerSec: number;
  referenceOpsPerSec: number;
  /** subject throughput / reference throughput: above 1 means we are faster. */
  ratio: number;
}

/**
 * A goal for one figure: either on the ratio ours / reference ("fan-out p50 ratio <= 1"),
 * or on our absolute figure ("B4 join < 100 ms").
 */
export interface Target {
  of: "ratio" | "subject";
  op: "<" | "<=" | ">" | ">=";
  value: number;
}

/** One figure measured for both sides, for what ops/s cannot express: latencies, rates. */
export interface Metric {
  /** "fan-out p99, 20 readers" */
  name: string;
  /** "ms", "updates/s" */
  unit: string;
  better: "lower" | "higher";
  subject: number;
  reference: number;
  target?: Target;
}

/**
 * A benchmark that drives its own measurement (servers, clients, sampling) and reports
 * named figures for both sides, measured in the same run on the same machine.
 */
export interface MetricBenchmark {
  name: string;
  /** Names of the two sides, printed with the figures: "wove room", "y-websocket-server". */
  subject: string;
  reference: string;
  /** Starts what it needs, measures, and stops everything it started, even on failure. */
  measure: () => Promise<MetricReport>;
}

export interface MetricReport {
  metrics: Metric[];
  /** How it was measured, printed under the table: pacing, sample counts, caveats. */
  notes?: string[];
}

export interface MetricBenchmarkResult {
  name: string;
  subject: string;
  reference: string;
  metrics: Metric[];
  notes: string[];
}

export function isMetricBenchmark(benchmark: Benchmark | MetricBenchmark): benchmark is MetricBenchmark {
  return "measure" in benchmark;
}
