/**
 * `npm run bench`: runs every `bench/*.bench.ts` (each default-exports Benchmark[]) and
 * prints one table of our throughput against each reference, as ratios. Benchmarks
 * start what they need on loopback and stop it; nothing stays running.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Benchmark } from "./lib/Benchmark.ts";
import { formatTable } from "./lib/formatTable.ts";
import { runBenchmarks } from "./lib/runBenchmarks.ts";

const dir = fileURLToPath(new URL(".", import.meta.url));
const only = process.argv[2];
const files = readdirSync(dir)
  .filter((file) => file.endsWith(".bench.ts") && (!only || file.includes(only)))
  .sort();

const benchmarks: Benchmark[] = [];
for (const file of files) {
  const module = (await import(pathToFileURL(`${dir}/${file}`).href)) as { default: Benchmark[] };
  benchmarks.push(...module.default);
}

console.log(`Running ${benchmarks.length} benchmark(s) from ${files.length} file(s)…\n`);
console.log(formatTable(await runBenchmarks(benchmarks)));
