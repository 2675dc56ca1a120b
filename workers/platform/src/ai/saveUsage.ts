import type { Bindings } from "../AppEnv.ts";
import { aiMeterFor } from "./aiMeterFor.ts";
import type { UsageRow } from "./AiMeter.ts";
import { platformSpend } from "./platformSpend.ts";
import { utcDay } from "./utcDay.ts";

/**
 * Hands one request's usage rows (one person, at most one project) to the person's AiMeter,
 * which counts them against their budget at once and writes them to `ai_usage` within a
 * second, batched with others (see AiMeter), and charges the project's meter.
 */
export async function saveUsage(env: Bindings, rows: UsageRow[]): Promise<void> {
  const [first] = rows;
  if (!first) return;
  const microUsd = platformSpend(rows);
  await Promise.all([
    aiMeterFor(env, { userId: first.userId }).record(rows),
    first.projectId && microUsd > 0
      ? aiMeterFor(env, { projectId: first.projectId }).charge(utcDay(), microUsd)
      : undefined,
  ]);
}
