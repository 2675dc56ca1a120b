import { describe, expect, it } from "vitest";
import { signUp, type Client } from "./lib/Client.ts";

/**
 * Who may do what with the builder agent, in workerd: its routes against each kind of
 * caller, its AI limits before anything is created, and what happens when people act on
 * one run at the same moment.
 */

const MODEL = "anthropic:claude-sonnet-5-5";

type ErrorBody = { error: { code: string; message: string; details?: Record<string, unknown> } };

const projectCount = async (person: Client) =>
  (await person.json<{ projects: unknown[] }>("/api/projects")).body.projects.length;

describe("the builder agent's limits", () => {
  it.each([
    ["the per-minute limit", { AI_REQUESTS_PER_MINUTE: "0" }, "requests_per_minute", "AI_REQUESTS_PER_MINUTE"],
    ["the daily budget", { AI_USER_DAILY_BUDGET_USD: "0" }, "user_daily_budget", "AI_USER_DAILY_BUDGET_USD"],
  ])("refuses a new project over %s with a 429 naming it, and creates no project", async (_, limits, limit, name) => {
    const ann = await signUp("Ann");
    const res = await ann.json<ErrorBody>("/api/agent/new-project", {
      method: "POST",
      json: { prompt: "A todo app", model: MODEL },
      env: limits,
    });
    expect(res.status).toBe(429);
    expect(res.body.error).toMatchObject({ code: "rate_limited", details: { limit } });
    expect(res.body.error.message).toContain(name);
    expect(await projectCount(ann)).toBe(0);
  });
});
