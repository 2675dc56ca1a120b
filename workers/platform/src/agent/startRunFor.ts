import type { Database } from "@wove/db";
import type { z } from "zod";
import { enforceAiLimits } from "../ai/enforceAiLimits.ts";
import { readAiLimits } from "../ai/readAiLimits.ts";
import type { Bindings } from "../AppEnv.ts";
import type { Actor } from "../auth/Actor.ts";
import type { createAgentRunSchema } from "./agentSchemas.ts";
import { findAgentRun } from "./findAgentRun.ts";
import { createAgentRun } from "./startAgentRun.ts";
import { ApiErrorCode, isFinishedRun } from "@wove/protocol";
import { ApiError } from "../errors/ApiError.ts";

/**
 * A person starts a run: their AI limits are checked first (a 429 naming the limit, before
 * any model is called), the project's "run without asking" setting applies unless the request
 * says otherwise, and the run is created (or queued).
 */
export async function startRunFor(
  env: Bindings,
  db: Database,
  projectId: string,
  actor: Extract<Actor, { kind: "user" }>,
  body: z.output<typeof createAgentRunSchema>,
  origin: string,
) {
  if (body.followUp !== undefined) {
    const parent = await findAgentRun(db, projectId, body.followUp);
    if (!isFinishedRun(parent.status)) {
      throw new ApiError(
        409,
        ApiErrorCode.Conflict,
        "A run can follow up only a finished run: send it a message instead",
      );
    }
  }
  await checkRunLimits(env, actor, projectId, body.model);
  return createRunFor(env, db, projectId, actor, body, origin);
}

/**
 * The caller's AI limits for a run, checked (and the request counted) once, before anything
 * is created; `projectId` null for a project not created yet (it has spent nothing).
 */
export async function checkRunLimits(
  env: Bindings,
  actor: Extract<Actor, { kind: "user" }>,
  projectId: string | null,
  model: string,
): Promise<void> {
  await enforceAiLimits({ env, userId: actor.userId, projectId, choice: model, limits: readAiLimits(env) });
}

/** Creates (or queues) the run once `checkRunLimits` passed. */
export async function createRunFor(
  env: Bindings,
  db: Database,
  projectId: string,
  actor: Extract<Actor, { kind: "user" }>,
  body: z.output<typeof createAgentRunSchema>,
  origin: string,
) {
  const autoApprove = body.autoApprove ?? (await env.ROOMS.getByName(projectId).agentAutoApprove());
  return createAgentRun(env, db, {
    projectId,
    startedBy: { id: actor.userId, name: actor.name },
    prompt: body.prompt,
    pipeline: body.pipeline,
    model: body.model,
    budgetUsd: body.budgetUsd ?? null,
    autoApprove,
    origin,
    ...(body.followUp ? { parentRunId: body.followUp } : {}),
  });
}
