import { projects, type Database } from "@wove/db";
import { ApiErrorCode } from "@wove/protocol";
import { eq } from "drizzle-orm";
import type { Context } from "hono";
import type { z } from "zod";
import type { AppEnv } from "../AppEnv.ts";
import type { Actor } from "../auth/Actor.ts";
import { ApiError } from "../errors/ApiError.ts";
import { isUniqueViolation } from "../projects/isUniqueViolation.ts";
import { requireUser, toProjectJson, type ProjectRow } from "../projects/projectAccess.ts";
import type { createProjectSchema } from "../projects/schemas.ts";
import { insertProject } from "../projects/insertProject.ts";

/** Each lost race moves on to the next free slug; one per concurrent creation suffices. */
const MAX_ATTEMPTS = 10;

type Body = z.output<typeof createProjectSchema>;
type Input = { out: { json: Body } };

/**
 * `POST /api/projects`: creates a project owned by the caller, with a slug unique to them.
 * The body may carry the project's `id` (a browser that created it offline chose one); a
 * repeat of the same creation answers the existing project with 200, so a client that lost
 * the first answer can send again.
 */
export async function createProject(c: Context<AppEnv, string, Input>): Promise<Response> {
  const actor = await requireUser(c);
  const body = c.req.valid("json");
  const db = c.get("db")();
  if (body.id) {
    const existing = await findAnyProject(db, body.id);
    if (existing) return answerRepeat(c, db, existing, actor, body);
  }
  // Two creations with one name can race for a slug; the unique index decides, we retry.
  for (let attempt = 1; ; attempt++) {
    try {
      const project = await insertProject(db, actor.userId, body);
      return c.json(await toProjectJson(db, project, actor), 201);
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      // A chosen id can lose its own race (the same request sent twice at once): the
      // violation was on the id, not the slug, and the winner decides the answer.
      const winner = body.id ? await findAnyProject(db, body.id) : undefined;
      if (winner) return answerRepeat(c, db, winner, actor, body);
      if (attempt >= MAX_ATTEMPTS) throw err;
    }
  }
}

/**
 * The answer when the chosen id is already taken: the same creation sent again (same
 * owner, same name, not deleted) gets the project; anything else is refused as any other
 * unusable id is (400 on the id field). A 409 "exists" would tell whoever holds an id
 * that a project they cannot see is there.
 */
async function answerRepeat(
  c: Context<AppEnv, string, Input>,
  db: Database,
  existing: ProjectRow,
  actor: Extract<Actor, { kind: "user" }>,
  body: Body,
): Promise<Response> {
  const repeat = existing.ownerId === actor.userId && existing.deletedAt === null && existing.name === body.name;
  if (repeat) return c.json(await toProjectJson(db, existing, actor), 200);
  const message = "This id cannot be used. Send the project without an id, or with a new one from newId().";
  throw new ApiError(400, ApiErrorCode.ValidationFailed, message, [{ path: "id", message }]);
}

/** The project with this id, deleted or not: a deleted project's id stays taken. */
async function findAnyProject(db: Database, id: string): Promise<ProjectRow | undefined> {
  const [row] = await db.select().from(projects).where(eq(projects.id, id));
  return row;
}
