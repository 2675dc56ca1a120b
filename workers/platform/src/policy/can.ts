import type { ProjectRole, Visibility } from "@wove/db";
import { ApiErrorCode, withArticle } from "@wove/protocol";
import type { Actor } from "../auth/Actor.ts";

/**
 * Every permission in Wove is decided here, by `can(actor, action, project)`: the
 * routes, and later the room connection, ask and never decide on their own.
 */
export const Action = {
  ReadProject: "project:read",
  UpdateProject: "project:update",
  DeleteProject: "project:delete",
  TransferProject: "project:transfer",
  ReadMembers: "members:read",
  ManageMembers: "members:manage",
  /** Leave a project; the last owner cannot (see the members routes). */
  Leave: "members:leave",
  /** Open the project's room; the token's role decides what the socket may do. */
  JoinRoom: "room:join",
  WriteContent: "content:write",
  ReadBlob: "blob:read",
  WriteBlob: "blob:write",
  /** See what the project spent on AI: members only, since spend is the team's business. */
  ReadAiUsage: "ai:usage",
  /** Deployment history and the site's name: anyone who can see the project. */
  ReadDeployments: "deploy:read",
  /** Deploy, or point the site back at an earlier version (owners only for a private project). */
  Deploy: "deploy:create",
  /** Rename the site: its URL is the project's public face. */
  ManageSite: "site:manage",
} as const;
export type Action = (typeof Action)[keyof typeof Action];

/** What the policy needs to know of a project: its visibility and the actor's role on it. */
export interface ProjectAccess {
  visibility: Visibility;
  /** The actor's effective role (the strongest of their own and their teams'), or null. */
  role: ProjectRole | null;
}

export type Decision = { ok: true } | { ok: false; status: 401 | 403 | 404; code: ApiErrorCode; message: string };

const RANK: Record<ProjectRole, number> = { viewer: 1, editor: 2, owner: 3 };

/** The weakest role an action needs; "visitor" means anyone who can see the project. */
const NEEDS: Record<Action, ProjectRole | "visitor"> = {
  "project:read": "visitor",
  "members:read": "visitor",
  "room:join": "visitor",
  "blob:read": "visitor",
  "deploy:read": "visitor",
  "members:leave": "viewer",
  "ai:usage": "viewer",
  "content:write": "editor",
  "blob:write": "editor",
  "deploy:create": "editor",
  "project:update": "owner",
  "site:manage": "owner",
  "project:delete": "owner",
  "project:transfer": "owner",
  "members:manage": "owner",
};

/** API keys carry scopes: reading needs `projects:read`, anything else `projects:write`. */
const SCOPE: Record<Action, "read" | "write"> = {
  "project:read": "read",
  "members:read": "read",
  "room:join": "read",
  "blob:read": "read",
  "ai:usage": "read",
  "deploy:read": "read",
  "members:leave": "write",
  "deploy:create": "write",
  "site:manage": "write",
  "content:write": "write",
  "blob:write": "write",
  "project:update": "write",
  "project:delete": "write",
  "project:transfer": "write",
  "members:manage": "write",
};

/**
 * Deploying publishes: a site is public whatever the project's visibility, so a private
 * project goes public only when its owner deploys it (or puts an earlier version back).
 */
function neededRole(action: Action, project: ProjectAccess): ProjectRole | "visitor" {
  if (action === Action.Deploy && project.visibility === "private") return "owner";
  return NEEDS[action];
}

export function canSee(project: ProjectAccess): boolean {
  return project.role !== null || project.visibility !== "private";
}

export function can(actor: Actor, action: Action, project: ProjectAccess): Decision {
  // A private project does not exist for those who may not see it: 404, never 403.
  if (!canSee(project)) return notFound;
  const needed = neededRole(action, project);
  const allowed = needed === "visitor" || (project.role !== null && RANK[project.role] >= RANK[needed]);
  if (!allowed) {
    if (actor.kind === "anonymous") {
      return { ok: false, status: 401, code: ApiErrorCode.Unauthenticated, message: "Sign in to do this" };
    }
    return {
      ok: false,
      status: 403,
      code: ApiErrorCode.Forbidden,
      message: `This needs the ${needed} role on the project; you are ${project.role ? withArticle(project.role) : "not a member"}`,
    };
  }
  if (actor.kind === "user" && actor.scopes && !actor.scopes.projects?.includes(SCOPE[action])) {
    return {
      ok: false,
      status: 403,
      code: ApiErrorCode.Forbidden,
      message: `This API key lacks the projects:${SCOPE[action]} scope`,
    };
  }
  return { ok: true };
}

const notFound: Decision = { ok: false, status: 404, code: ApiErrorCode.NotFound, message: "No such project" };

/** The stronger of two roles (a person may hold one directly and another through a team). */
export function strongerRole(a: ProjectRole | null, b: ProjectRole | null): ProjectRole | null {
  if (!a) return b;
  if (!b) return a;
  return RANK[a] >= RANK[b] ? a : b;
}
