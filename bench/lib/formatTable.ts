import type { BenchmarkResult } from "./Benchmark.ts";

const COLUMNS = ["benchmark", "wove", "ops/s", "reference", "ops/s", "ratio"] as const;

/** One plain-text table for every benchmark: ratio = our throughput / the reference's. */
export function formatTable(results: BenchmarkResult[]): string {
  const rows = results.map((r) => [
    r.name,
    r.subject,
    formatOps(r.subjectOpsPerSec),
    r.reference,
    formatOps(r.referenceOpsPerSec),
    Number.isFinite(r.ratio) ? `${r.ratio.toFixed(2)}x` : "n/a",
  ]);
  if (rows.length === 0) rows.push(["(no benchmarks yet)", "", "", "", "", ""]);
  const widths = COLUMNS.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join(" | ")
      .trimEnd();
  return [line(COLUMNS), widths.map((w) => "-".repeat(w)).join("-|-"), ...rows.map(line)].join("\n");
}

function formatOps(ops: number): string {
  return ops >= 100 ? Math.round(ops).toLocaleString("en-US") : ops.toFixed(2);
}
