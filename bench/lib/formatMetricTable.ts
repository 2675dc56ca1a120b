import type { Metric, MetricBenchmarkResult, Target } from "./Benchmark.ts";

const COLUMNS = ["metric", "unit", "better", "wove", "reference", "wove/ref", "target", "met"] as const;

/**
 * One plain-text table per metric benchmark: absolute figures for both sides, the ratio
 * ours / reference (below 1 is better for a lower-is-better figure), the target and
 * whether it is met, then the benchmark's notes.
 */
export function formatMetricTable(results: MetricBenchmarkResult[]): string {
  return results.map(formatOne).join("\n\n");
}

function formatOne(result: MetricBenchmarkResult): string {
  const rows = result.metrics.map((m) => {
    const ratio = m.subject / m.reference;
    return [
      m.name,
      m.unit,
      m.better,
      formatFigure(m.subject),
      formatFigure(m.reference),
      Number.isFinite(ratio) ? `${ratio.toFixed(2)}x` : "n/a",
      m.target ? formatTarget(m.target, m.unit) : "",
      m.target ? formatMet(m, m.target) : "",
    ];
  });
  if (rows.length === 0) rows.push(["(no figures)", "", "", "", "", "", "", ""]);
  const widths = COLUMNS.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join(" | ")
      // Rows without a target end in empty cells: no trailing separators.
      .replace(/[\s|]+$/, "");
  return [
    `${result.name}: wove = ${result.subject}; reference = ${result.reference}`,
    line(COLUMNS),
    widths.map((w) => "-".repeat(w)).join("-|-"),
    ...rows.map(line),
    ...result.notes.flatMap((note) => wrap(note, NOTE_WIDTH).map((part, i) => `${i ? "    " : "  * "}${part}`)),
  ].join("\n");
}

/** Notes are prose: wrapped to this many characters, after their four-character indent. */
const NOTE_WIDTH = 110;

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (current && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else {
      current = current ? `${current} ${word}` : word;
    }
  }
  if (current) lines.push(current);
  return lines;
}

/** Three significant-looking digits for small figures, thousands separators for large ones. */
export function formatFigure(value: number): string {
  if (!Number.isFinite(value)) return "n/a";
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString("en-US");
  return value.toFixed(Math.abs(value) >= 10 ? 1 : 2);
}

function formatTarget(target: Target, unit: string): string {
  return target.of === "ratio"
    ? `ratio ${target.op} ${target.value.toFixed(2)}`
    : `${target.op} ${target.value.toLocaleString("en-US")} ${unit}`;
}

function formatMet(metric: Metric, target: Target): string {
  const value = target.of === "ratio" ? metric.subject / metric.reference : metric.subject;
  if (!Number.isFinite(value)) return "n/a";
  return meetsTarget(value, target) ? "yes" : "NO";
}

export function meetsTarget(value: number, { op, value: goal }: Target): boolean {
  switch (op) {
    case "<":
      return value < goal;
    case "<=":
      return value <= goal;
    case ">":
      return value > goal;
    case ">=":
      return value >= goal;
  }
}
