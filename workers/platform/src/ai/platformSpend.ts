import type { UsageRow } from "./AiMeter.ts";

/** Micro-dollars the platform's keys paid for `rows`; own keys cost the platform nothing. */
export function platformSpend(rows: UsageRow[]): number {
  return rows.reduce((sum, row) => sum + (row.ownKey ? 0 : row.costMicroUsd), 0);
}
