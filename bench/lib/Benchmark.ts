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
