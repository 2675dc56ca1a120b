import { aiUsage, type Database } from "@wove/db";
import { and, eq, gte, sql } from "drizzle-orm";

export type UsageScope = { userId: string } | { projectId: string };

/** Dollars spent on the platform's keys since `since` by a person or a project; own keys do not count. */
export async function readPlatformSpend(db: Database, scope: UsageScope, since: Date): Promise<number> {
  const [row] = await db
    .select({ micro: sql<number>`coalesce(sum(${aiUsage.costMicroUsd}), 0)::float8` })
    .from(aiUsage)
    .where(and(scopeFilter(scope), eq(aiUsage.ownKey, false), gte(aiUsage.createdAt, since)));
  return (row?.micro ?? 0) / 1_000_000;
}

export function scopeFilter(scope: UsageScope) {
  return "userId" in scope ? eq(aiUsage.userId, scope.userId) : eq(aiUsage.projectId, scope.projectId);
}
