import { Bench } from "tinybench";
import type { Benchmark, BenchmarkResult } from "./Benchmark.ts";

/** Runs each benchmark's two contenders in one tinybench run and returns their ratio. */
export async function runBenchmarks(
  benchmarks: Benchmark[],
  options: { timeMs?: number } = {},
): Promise<BenchmarkResult[]> {
  const results: BenchmarkResult[] = [];
  for (const benchmark of benchmarks) {
    const teardown = await benchmark.setup?.();
    try {
      const bench = new Bench({ name: benchmark.name, time: options.timeMs ?? 1_000 });
      bench.add(benchmark.subject.name, benchmark.subject.run).add(benchmark.reference.name, benchmark.reference.run);
      await bench.run();
      const [subject, reference] = bench.tasks.map((task) => opsPerSec(task.result));
      results.push({
        name: benchmark.name,
        subject: benchmark.subject.name,
        reference: benchmark.reference.name,
        subjectOpsPerSec: subject ?? 0,
        referenceOpsPerSec: reference ?? 0,
        ratio: reference ? (subject ?? 0) / reference : Number.NaN,
      });
    } finally {
      await teardown?.();
    }
  }
  return results;
}

function opsPerSec(result: unknown): number {
  if (result && typeof result === "object" && "throughput" in result) {
    const throughput = (result as { throughput: { mean: number } }).throughput;
    return throughput.mean;
  }
  return 0;
}
