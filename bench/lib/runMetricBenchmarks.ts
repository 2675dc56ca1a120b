import type { MetricBenchmark, MetricBenchmarkResult } from "./Benchmark.ts";

/** Runs each metric benchmark in turn (they share the machine, so never two at once). */
export async function runMetricBenchmarks(benchmarks: MetricBenchmark[]): Promise<MetricBenchmarkResult[]> {
  const results: MetricBenchmarkResult[] = [];
  for (const benchmark of benchmarks) {
    const { metrics, notes = [] } = await benchmark.measure();
    results.push({ name: benchmark.name, subject: benchmark.subject, reference: benchmark.reference, metrics, notes });
  }
  return results;
}
