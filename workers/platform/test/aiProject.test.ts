import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import type { AiUsageReport } from "../src/routes/getAiUsage.ts";
import { ask, newMarker, readEvents, requestsTo } from "./lib/aiFakes.ts";
import { makePeople, makeProject, type People, type SharedProject } from "./lib/world.ts";

let people: People;
let project: SharedProject;
let teamId: string;

beforeAll(async () => {
  const world = await makePeople();
  people = world.people;
  teamId = world.teamId;
  project = await makeProject(people, world.teamId, "private");
  const written = await env.ROOMS.getByName(project.id).writeFiles(
    [
      { path: "src/app.ts", text: "import { greet } from './greet';\nconsole.log(greet('quokka'));\n" },
      { path: "src/greet.ts", text: "export const greet = (name: string) => `hello ${name}`;\n" },
      {
        path: "src/wombat.ts",
        text: "// wombats burrow; this module digs tunnels\nexport const dig = () => 'tunnel';\n",
      },
      { path: "docs/unrelated.md", text: "Release notes for version one.\n" },
      { path: "big.txt", text: "x".repeat(200_001) },
    ],
    "test",
  );
  expect(written.errors).toEqual([]);
}, 60_000);

const systemOf = async (marker: string) => String((await requestsTo("anthropic", marker)).requests[0]?.body.system);

describe("AI requests about a project", () => {
  it("carry the current file, its selection, the pinned files, and project files found by keyword", async () => {
    const marker = newMarker();
    const res = await people.viewer.fetch("/api/ai/chat", {
      method: "POST",
      json: {
        messages: [{ role: "user", content: `How do the wombats dig tunnels? ${marker}` }],
        model: "anthropic:claude-haiku-5-5",
        projectId: project.id,
        currentFile: { path: "src/app.ts", selection: "greet('quokka')" },
        files: ["src/greet.ts"],
      },
    });
    expect((await readEvents(res)).at(-1)).toMatchObject({ type: "done" });
    const system = await systemOf(marker);
    expect(system).toContain('<current_file path="src/app.ts">');
    expect(system).toContain("console.log(greet('quokka'))");
    expect(system).toContain('<selection path="src/app.ts">');
    expect(system).toContain('<file path="src/greet.ts">');
    // Retrieved by keyword from the question; the unrelated file is not.
    expect(system).toContain('<file path="src/wombat.ts">');
    expect(system).not.toContain("Release notes");
  });

  it("refuses attachments that are missing, too large or too many, naming them", async () => {
    const refuse = async (extra: Record<string, unknown>) => {
      const res = await people.editor.json<{ error: { code: string; message: string } }>("/api/ai/chat", {
        method: "POST",
        json: ask(newMarker(), { projectId: project.id, ...extra }),
      });
      expect(res.status).toBe(400);
      return JSON.stringify(res.body.error);
    };
    expect(await refuse({ files: ["src/missing.ts"] })).toContain("src/missing.ts");
    expect(await refuse({ currentFile: { path: "nope.ts" } })).toContain("nope.ts");
    expect(await refuse({ files: ["big.txt"] })).toMatch(/big\.txt.*200001 characters/);
    expect(await refuse({ files: Array.from({ length: 21 }, (_, i) => `f${i}.ts`) })).toContain("At most 20");
  });

  it("sends a current file too large to attach as its selection only", async () => {
    const marker = newMarker();
    const res = await people.owner.fetch("/api/ai/chat", {
      method: "POST",
      json: ask(marker, {
        model: "anthropic:claude-haiku-5-5",
        projectId: project.id,
        currentFile: { path: "big.txt", selection: "xxxx" },
      }),
    });
    expect((await readEvents(res)).at(-1)).toMatchObject({ type: "done" });
    const system = await systemOf(marker);
    expect(system).toContain('<selection path="big.txt">');
    expect(system).not.toContain("x".repeat(1000));
  });

  it("share the project's daily budget among its people, and count toward the project's usage", async () => {
    const fresh = await makeProject(people, teamId, "private");
    const limits = { AI_PROJECT_DAILY_BUDGET_USD: "0.00001" };
    const inProject = (extra: Record<string, unknown> = {}) =>
      ask(newMarker(), { model: "openai:gpt-5.4-mini", projectId: fresh.id, ...extra });
    const first = await people.owner.fetch("/api/ai/chat", { method: "POST", json: inProject(), env: limits });
    expect((await readEvents(first)).at(-1)).toMatchObject({ type: "done" });

    const refused = await people.viewer.json<{ error: { message: string; details: { limit: string } } }>(
      "/api/ai/chat",
      { method: "POST", json: inProject(), env: limits },
    );
    expect(refused.status).toBe(429);
    expect(refused.body.error.message).toContain("AI_PROJECT_DAILY_BUDGET_USD");
    expect(refused.body.error.details.limit).toBe("project_daily_budget");
    // Outside the project, the viewer's own budget is untouched.
    const outside = await people.viewer.fetch("/api/ai/chat", {
      method: "POST",
      json: ask(newMarker(), { model: "openai:gpt-5.4-mini" }),
      env: limits,
    });
    expect(outside.status).toBe(200);
    await outside.text();

    // The owner's request reaches Postgres from their meter within a second (see AiMeter).
    const report = () => people.viewer.json<AiUsageReport>(`/api/ai/usage?projectId=${fresh.id}`);
    await expect.poll(async () => (await report()).body.today.requests).toBe(1);
    const usage = await report();
    expect(usage.body).toMatchObject({
      projectId: fresh.id,
      today: { requests: 1, byModel: [{ model: "openai:gpt-5.4-mini", requests: 1 }] },
      limits: { dailyBudgetUsd: 20 },
    });
    expect(usage.body.limits).not.toHaveProperty("requestsPerMinute");
  });
});
