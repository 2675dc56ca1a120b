import { type AiConfig, KeySource, parseModelRef } from "@wove/ai";
import type { Bindings } from "../AppEnv.ts";
import { rateLimited } from "../errors/rateLimited.ts";
import { aiMeterFor } from "./aiMeterFor.ts";
import { loadAiConfig } from "./loadAiConfig.ts";
import type { AiLimits } from "./readAiLimits.ts";
import { utcDay } from "./utcDay.ts";
import { utcPeriods } from "./utcPeriods.ts";

export interface LimitCheck {
  env: Bindings;
  userId: string;
  projectId: string | null;
  /** `"auto"` or `"<provider>:<model>"`. */
  choice: string;
  limits: AiLimits;
}

/**
 * Checks a request against the limits before any provider is called, and answers the
 * providers it may use. The rate limit counts every request. A spent budget leaves only the
 * providers that cost the platform nothing: the person's own keys and a local server; when
 * none of them can serve the request, it is a 429 naming the budget and when it resets.
 * A request that starts under budget is finished, so a day's spend may end slightly over.
 * The counts, the day's spend and the person's sealed keys come from their AiMeter (and the
 * project's), one call each, made together: no database round trip on the way to the model.
 */
export async function enforceAiLimits({ env, userId, projectId, choice, limits }: LimitCheck): Promise<AiConfig> {
  const day = utcDay();
  const [person, project] = await Promise.all([
    aiMeterFor(env, { userId }).admit({
      scope: { userId },
      day,
      requestsPerMinute: limits.requestsPerMinute,
      spend: limits.userDailyUsd !== null,
      keys: Boolean(env.AI_KEYS_SECRET),
    }),
    projectId === null || limits.projectDailyUsd === null
      ? undefined
      : aiMeterFor(env, { projectId }).admit({
          scope: { projectId },
          day,
          requestsPerMinute: null,
          spend: true,
          keys: false,
        }),
  ]);
  if (!person.ok) {
    throw rateLimited(
      `Too many AI requests: at most ${limits.requestsPerMinute} a minute per person (AI_REQUESTS_PER_MINUTE). ` +
        `Try again in ${person.retryAfterSeconds} seconds.`,
      person.retryAfterSeconds,
      { limit: "requests_per_minute" },
    );
  }
  const config = await loadAiConfig(env, userId, person.keys);
  const userSpent = person.spentUsd;
  const projectSpent = project?.ok ? project.spentUsd : 0;
  const { dayEnd } = utcPeriods();
  const spent =
    limits.userDailyUsd !== null && userSpent >= limits.userDailyUsd
      ? { limit: "user_daily_budget", budgetUsd: limits.userDailyUsd, spentUsd: userSpent }
      : limits.projectDailyUsd !== null && projectSpent >= limits.projectDailyUsd
        ? { limit: "project_daily_budget", budgetUsd: limits.projectDailyUsd, spentUsd: projectSpent }
        : undefined;
  if (!spent) return config;

  const free: AiConfig = {
    providers: Object.fromEntries(
      Object.entries(config.providers).filter(([id, p]) => p.keySource === KeySource.User || id === "local"),
    ),
  };
  const parsed = parseModelRef(choice);
  const servable =
    choice === "auto" ? Object.keys(free.providers).length > 0 : parsed.ok && !!free.providers[parsed.provider];
  if (servable) return free;

  const retryAfterSeconds = Math.max(1, Math.ceil((dayEnd.getTime() - Date.now()) / 1000));
  const who =
    spent.limit === "user_daily_budget"
      ? `You have used your daily AI budget of $${spent.budgetUsd.toFixed(2)} (AI_USER_DAILY_BUDGET_USD)`
      : `This project has used its daily AI budget of $${spent.budgetUsd.toFixed(2)} (AI_PROJECT_DAILY_BUDGET_USD)`;
  throw rateLimited(
    `${who}. It resets at 00:00 UTC, in ${formatDuration(retryAfterSeconds)}; ` +
      "until then, requests on your own provider key (add one in Settings, /settings) still work.",
    retryAfterSeconds,
    { ...spent, resetsAt: dayEnd.toISOString() },
  );
}

function formatDuration(seconds: number): string {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.ceil((seconds % 3600) / 60);
  return hours > 0 ? `${hours} h ${minutes} min` : `${minutes} min`;
}
