import type { Context } from "hono";
import type { AppEnv } from "../AppEnv.ts";
import { Action } from "../policy/can.ts";
import { authorizeProject, toProjectJson } from "../projects/projectAccess.ts";

/** `GET /api/projects/:id`: the project, with the caller's role (null for a visitor) and what they may do. */
export async function getProject(c: Context<AppEnv>): Promise<Response> {
  const { project, actor, db } = await authorizeProject(c, Action.ReadProject);
  return c.json(await toProjectJson(db, project, actor));
}
