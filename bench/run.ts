/**
 * `npm run bench`: runs every `bench/*.bench.ts` and prints two tables. Throughput
 * benchmarks (Benchmark) are timed with tinybench and printed as ops/s with the ratio
 * ours / reference; metric benchmarks (MetricBenchmark) measure their own figures
 * (latencies, rates) and print them with the ratio and their targets.
 * `npm run bench -- <part of a file name>` runs a subset. Benchmarks start what they
 * need on loopback and stop it; nothing stays running.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isMetricBenchmark, type Benchmark, type MetricBenchmark } from "./lib/Benchmark.ts";
import { formatMetricTable } from "./lib/formatMetricTable.ts";
import { formatTable } from "./lib/formatTable.ts";
import { runBenchmarks } from "./lib/runBenchmarks.ts";
import { runMetricBenchmarks } from "./lib/runMetricBenchmarks.ts";

const dir = fileURLToPath(new URL(".", import.meta.url));
const only = process.argv[2];
const files = readdirSync(dir)
  .filter((file) => file.endsWith(".bench.ts") && (!only || file.includes(only)))
  .sort();

const benchmarks: Benchmark[] = [];
const metricBenchmarks: MetricBenchmark[] = [];
for (const file of files) {
  const module = (await import(pathToFileURL(`${dir}/${file}`).href)) as {
    default: Array<Benchmark | MetricBenchmark>;
  };
  for (const benchmark of module.default) {
    if (isMetricBenchmark(benchmark)) metricBenchmarks.push(benchmark);
    else benchmarks.push(benchmark);
  }
}

const count = benchmarks.length + metricBenchmarks.length;
console.log(`Running ${count} benchmark(s) from ${files.length} file(s)…\n`);
if (benchmarks.length || !metricBenchmarks.length) console.log(formatTable(await runBenchmarks(benchmarks)));
if (benchmarks.length && metricBenchmarks.length) console.log("");
if (metricBenchmarks.length) console.log(formatMetricTable(await runMetricBenchmarks(metricBenchmarks)));
