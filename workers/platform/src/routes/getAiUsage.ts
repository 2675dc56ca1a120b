import { aiUsage } from "@wove/db";
import { and, gte, sql } from "drizzle-orm";
import type { Context } from "hono";
import { readAiLimits } from "../ai/readAiLimits.ts";
import { scopeFilter, type UsageScope } from "../ai/readPlatformSpend.ts";
import { aiMeterFor } from "../ai/aiMeterFor.ts";
import { utcPeriods } from "../ai/utcPeriods.ts";
import type { AppEnv } from "../AppEnv.ts";
import { Action } from "../policy/can.ts";
import { authorizeProject, requireUser } from "../projects/projectAccess.ts";

interface Totals {
  requests: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  /** The part of `costUsd` paid by people's own keys, which budgets do not count. */
  ownKeyCostUsd: number;
}

type Period = Totals & { since: string; byModel: Array<Totals & { model: string }> };

/** What `GET /api/ai/usage` answers. */
export type AiUsageReport = UsageScope & {
  today: Period;
  month: Period;
  limits: {
    /** Null: no limit. */
    dailyBudgetUsd: number | null;
    /** Spent today on the platform's keys, which is what the budget counts. */
    spentTodayUsd: number;
    remainingTodayUsd: number | null;
    resetsAt: string;
    /** The caller's own usage only. */
    requestsPerMinute?: number | null;
  };
};

const empty = (): Totals => ({ requests: 0, inputTokens: 0, outputTokens: 0, costUsd: 0, ownKeyCostUsd: 0 });

/**
 * `GET /api/ai/usage[?projectId=]`: the caller's AI usage (or, for members, the project's,
 * everyone's requests together) today and this month (UTC), in total and per model, with the
 * daily budget, what is left of it and when it resets.
 */
export async function getAiUsage(c: Context<AppEnv>): Promise<Response> {
  const actor = await requireUser(c);
  const projectId = c.req.query("projectId");
  const scope: UsageScope = projectId
    ? { projectId: (await authorizeProject(c, Action.ReadAiUsage, projectId)).project.id }
    : { userId: actor.userId };
  const limits = readAiLimits(c.env);
  const { dayStart, dayEnd, monthStart } = utcPeriods();
  // The caller's latest requests may still wait in their meter; other people's, in a project,
  // reach Postgres within a second (see AiMeter).
  await aiMeterFor(c.env, { userId: actor.userId }).flush();

  const rows = await c
    .get("db")()
    .select({
      model: aiUsage.model,
      today: sql<boolean>`${aiUsage.createdAt} >= ${dayStart}`,
      ownKey: aiUsage.ownKey,
      requests: sql<number>`count(*)::int`,
      inputTokens: sql<number>`sum(${aiUsage.inputTokens})::float8`,
      outputTokens: sql<number>`sum(${aiUsage.outputTokens})::float8`,
      costMicroUsd: sql<number>`sum(${aiUsage.costMicroUsd})::float8`,
    })
    .from(aiUsage)
    .where(and(scopeFilter(scope), gte(aiUsage.createdAt, monthStart)))
    .groupBy(sql`1, 2, 3`);

  const month = summarize(rows);
  const today = summarize(rows.filter((row) => row.today));
  const budget = "userId" in scope ? limits.userDailyUsd : limits.projectDailyUsd;
  const spentTodayUsd = today.totals.costUsd - today.totals.ownKeyCostUsd;
  const report: AiUsageReport = {
    ...scope,
    today: { since: dayStart.toISOString(), ...today.totals, byModel: today.byModel },
    month: { since: monthStart.toISOString(), ...month.totals, byModel: month.byModel },
    limits: {
      dailyBudgetUsd: budget,
      spentTodayUsd: round(spentTodayUsd),
      remainingTodayUsd: budget === null ? null : round(Math.max(0, budget - spentTodayUsd)),
      resetsAt: dayEnd.toISOString(),
      ...("userId" in scope ? { requestsPerMinute: limits.requestsPerMinute } : {}),
    },
  };
  return c.json(report, 200, { "Cache-Control": "no-store" });
}

type Row = {
  model: string;
  ownKey: boolean;
  requests: number;
  inputTokens: number;
  outputTokens: number;
  costMicroUsd: number;
};

function summarize(rows: Row[]): { totals: Totals; byModel: Array<Totals & { model: string }> } {
  const totals = empty();
  const byModel = new Map<string, Totals>();
  for (const row of rows) {
    const model = byModel.get(row.model) ?? empty();
    byModel.set(row.model, model);
    for (const sum of [totals, model]) {
      sum.requests += row.requests;
      sum.inputTokens += row.inputTokens;
      sum.outputTokens += row.outputTokens;
      sum.costUsd += row.costMicroUsd / 1_000_000;
      if (row.ownKey) sum.ownKeyCostUsd += row.costMicroUsd / 1_000_000;
    }
  }
  const rounded = (t: Totals): Totals => ({ ...t, costUsd: round(t.costUsd), ownKeyCostUsd: round(t.ownKeyCostUsd) });
  return {
    totals: rounded(totals),
    byModel: [...byModel].map(([model, t]) => ({ model, ...rounded(t) })).sort((a, b) => b.costUsd - a.costUsd),
  };
}

/** Micro-dollars are exact in the database; sums of their float quotients are rounded back to them. */
const round = (usd: number) => Math.round(usd * 1_000_000) / 1_000_000;
