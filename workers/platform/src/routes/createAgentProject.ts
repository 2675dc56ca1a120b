import type { Context } from "hono";
import type { z } from "zod";
import type { createAgentProjectSchema } from "../agent/agentSchemas.ts";
import { checkRunLimits, createRunFor } from "../agent/startRunFor.ts";
import type { AppEnv } from "../AppEnv.ts";
import { insertProject } from "../projects/insertProject.ts";
import { isUniqueViolation } from "../projects/isUniqueViolation.ts";
import { requireUser, toProjectJson } from "../projects/projectAccess.ts";

type Input = { out: { json: z.output<typeof createAgentProjectSchema> } };

const MAX_ATTEMPTS = 10;

/**
 * `POST /api/agent/new-project`: "Describe your app". A new project owned by the caller, named
 * from the prompt unless a name is given, with the agent started on it. The AI limits are
 * checked first, so a refused caller is left with no empty project.
 */
export async function createAgentProject(c: Context<AppEnv, string, Input>): Promise<Response> {
  const actor = await requireUser(c);
  const { name, visibility, ...options } = c.req.valid("json");
  const db = c.get("db")();
  const projectName = name ?? nameFrom(options.prompt);
  // Before the insert: a caller over their AI limits gets the 429 and no project.
  await checkRunLimits(c.env, actor, null, options.model);
  for (let attempt = 1; ; attempt++) {
    try {
      const project = await insertProject(db, actor.userId, { name: projectName, visibility });
      const run = await createRunFor(c.env, db, project.id, actor, options, c.req.url);
      return c.json({ project: await toProjectJson(db, project, actor), run: { id: run.id, status: run.status } }, 202);
    } catch (err) {
      // Two creations raced for one slug: the next free one.
      if (!isUniqueViolation(err) || attempt >= MAX_ATTEMPTS) throw err;
    }
  }
}

/** The prompt's first words, as a project name: "A todo app with tags" → "A todo app with tags". */
function nameFrom(prompt: string): string {
  const words = prompt.replace(/\s+/g, " ").trim().split(" ").slice(0, 6).join(" ");
  const name = words.length > 60 ? `${words.slice(0, 57)}…` : words;
  return name || "New app";
}
