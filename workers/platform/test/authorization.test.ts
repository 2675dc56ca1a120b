import type { Project, ProjectCan } from "@wove/protocol";
import { beforeAll, describe, expect, it } from "vitest";
import { keyScopeFor } from "../src/policy/keyScope.ts";
import { Client } from "./lib/Client.ts";
import {
  makePeople,
  makeProject,
  PERSONAS,
  VISIBILITIES,
  type People,
  type Persona,
  type SharedProject,
  type Visibility,
} from "./lib/world.ts";

/**
 * The authorization matrix: every project route × every kind of person × every
 * visibility, from one table. `needs` is the weakest role that may do it ("visitor" =
 * anyone who may see the project); `destructive` routes get a fresh project per cell.
 * `can` names the flag of the project JSON that promises the route: in every cell where
 * the person may read the project, the flag is true exactly when the route answers 2xx.
 */
type Needs = "visitor" | "viewer" | "editor" | "owner";

interface Route {
  name: string;
  /** The weakest role, or per visibility (deploying a private project publishes it). */
  needs: Needs | ((visibility: Visibility) => Needs);
  ok: number;
  destructive?: boolean;
  /** Refused with 401 to anyone signed out, before the project is looked at. */
  signedIn?: boolean;
  /** The cell's status when it is not what `needs` gives (a rule beyond roles, see leave). */
  status?: (persona: Column) => number | undefined;
  can?: keyof ProjectCan;
  request: (
    p: SharedProject,
    people: People,
    persona: Column,
  ) => { method: string; path: string; json?: unknown; body?: BodyInit };
}

const ROUTES: Route[] = [
  {
    name: "read project",
    needs: "visitor",
    ok: 200,
    request: (p) => ({ method: "GET", path: `/api/projects/${p.id}` }),
  },
  {
    name: "update project",
    can: "update",
    needs: "owner",
    ok: 200,
    request: (p) => ({ method: "PATCH", path: `/api/projects/${p.id}`, json: { description: "changed" } }),
  },
  {
    name: "delete project",
    can: "delete",
    needs: "owner",
    ok: 204,
    destructive: true,
    request: (p) => ({ method: "DELETE", path: `/api/projects/${p.id}` }),
  },
  {
    name: "list members",
    needs: "visitor",
    ok: 200,
    request: (p) => ({ method: "GET", path: `/api/projects/${p.id}/members` }),
  },
  {
    name: "invite by email",
    can: "manage",
    needs: "owner",
    ok: 202,
    request: (p) => ({
      method: "POST",
      path: `/api/projects/${p.id}/members`,
      json: { email: `new-${Math.random().toString(36).slice(2)}@example.com`, role: "viewer" },
    }),
  },
  {
    name: "change a role",
    can: "manage",
    needs: "owner",
    ok: 200,
    destructive: true,
    request: (p) => ({
      method: "PATCH",
      path: `/api/projects/${p.id}/members/${p.memberIds.extra}`,
      json: { role: "editor" },
    }),
  },
  {
    name: "remove a member",
    can: "manage",
    needs: "owner",
    ok: 204,
    destructive: true,
    request: (p) => ({ method: "DELETE", path: `/api/projects/${p.id}/members/${p.memberIds.extra}` }),
  },
  {
    // Leaving is removing one's own membership. The owner of record must transfer first;
    // someone on the project only through a team has no membership of their own, and the
    // nearest they can try, removing another member, is managing.
    name: "leave it",
    can: "leave",
    needs: "viewer",
    ok: 204,
    destructive: true,
    status: (persona) =>
      persona === "owner" || persona === "ownerWriteKey" ? 409 : persona === "teamMember" ? 403 : undefined,
    request: (p, _people, persona) => ({
      method: "DELETE",
      path: `/api/projects/${p.id}/members/${p.memberIds[ownMemberOf(persona)]}`,
    }),
  },
  {
    name: "transfer ownership",
    can: "transfer",
    needs: "owner",
    ok: 200,
    destructive: true,
    request: (p, people) => ({
      method: "POST",
      path: `/api/projects/${p.id}/transfer`,
      json: { userId: people.editor.userId },
    }),
  },
  {
    name: "get a room token",
    needs: "visitor",
    ok: 200,
    request: (p) => ({ method: "POST", path: `/api/projects/${p.id}/room-token` }),
  },
  {
    name: "upload a blob",
    can: "edit",
    needs: "editor",
    ok: 201,
    request: (p) => ({
      method: "PUT",
      path: `/api/projects/${p.id}/blobs`,
      body: new TextEncoder().encode(`blob ${Math.random()}`),
    }),
  },
  {
    name: "read a blob",
    needs: "visitor",
    ok: 200,
    request: (p) => ({ method: "GET", path: `/api/projects/${p.id}/blobs/${p.blobHash}` }),
  },
  {
    name: "list its deployments",
    needs: "visitor",
    ok: 200,
    request: (p) => ({ method: "GET", path: `/api/projects/${p.id}/deployments` }),
  },
  {
    name: "read its site",
    needs: "visitor",
    ok: 200,
    request: (p) => ({ method: "GET", path: `/api/projects/${p.id}/site` }),
  },
  {
    name: "deploy it",
    can: "deploy",
    needs: (visibility) => (visibility === "private" ? "owner" : "editor"),
    ok: 202,
    request: (p) => ({ method: "POST", path: `/api/projects/${p.id}/deployments` }),
  },
  {
    name: "rename its site",
    can: "renameSite",
    needs: "owner",
    ok: 200,
    request: (p) => ({
      method: "PATCH",
      path: `/api/projects/${p.id}/site`,
      json: { name: `matrix-${Math.random().toString(36).slice(2, 10)}` },
    }),
  },
  {
    name: "grant its site network",
    can: "grantNetwork",
    needs: "owner",
    ok: 200,
    request: (p) => ({ method: "PATCH", path: `/api/projects/${p.id}/site`, json: { network: true } }),
  },
  {
    name: "ask the AI about it",
    needs: "visitor",
    ok: 200,
    signedIn: true,
    request: (p) => ({
      method: "POST",
      path: "/api/ai/chat",
      json: { messages: [{ role: "user", content: "What does this project do?" }], projectId: p.id },
    }),
  },
  {
    name: "read its AI usage",
    can: "readAiUsage",
    needs: "viewer",
    ok: 200,
    signedIn: true,
    request: (p) => ({ method: "GET", path: `/api/ai/usage?projectId=${p.id}` }),
  },
];

/** The owner's API keys, one per scope set: columns of the matrix like the people. */
type Column = Persona | "ownerReadKey" | "ownerWriteKey";
const COLUMNS: Column[] = [...PERSONAS, "ownerReadKey", "ownerWriteKey"];

/** The membership a column would remove to leave (owner's keys are the owner's). */
function ownMemberOf(column: Column): keyof SharedProject["memberIds"] {
  if (column === "owner" || column === "ownerReadKey" || column === "ownerWriteKey") return "owner";
  return column === "editor" || column === "viewer" ? column : "extra";
}

/** The role each persona holds on the shared projects (teamMember through the team). */
const ROLE: Record<Column, "owner" | "editor" | "viewer" | null> = {
  ownerReadKey: "owner",
  ownerWriteKey: "owner",
  owner: "owner",
  editor: "editor",
  viewer: "viewer",
  teamMember: "editor",
  stranger: null,
  anonymous: null,
};
const RANK = { visitor: 0, viewer: 1, editor: 2, owner: 3 } as const;

function expected(route: Route, persona: Column, visibility: Visibility): number {
  const role = ROLE[persona];
  if (persona === "ownerReadKey") {
    const { method, path } = route.request(
      { id: "p", memberIds: { owner: 0, editor: 0, viewer: 0, extra: 0 }, blobHash: "" },
      people,
      persona,
    );
    if (keyScopeFor(method, path) !== "read") return 403;
  }
  if (route.signedIn && persona === "anonymous") return 401;
  if (!role && visibility === "private") return 404;
  const needs = typeof route.needs === "function" ? route.needs(visibility) : route.needs;
  const special = route.status?.(persona);
  if (special !== undefined) return special;
  if (needs === "visitor" || (role && RANK[role] >= RANK[needs])) return route.ok;
  return persona === "anonymous" ? 401 : 403;
}

let people: People;
let teamId: string;
const shared = new Map<Visibility, SharedProject>();
const keys = new Map<Column, Client>();

beforeAll(async () => {
  ({ people, teamId } = await makePeople());
  for (const [column, scopes] of [
    ["ownerReadKey", ["projects:read"]],
    ["ownerWriteKey", ["projects:read", "projects:write"]],
  ] as const) {
    const res = await people.owner.json<{ key: string }>("/api/keys", {
      method: "POST",
      json: { name: column, scopes },
    });
    keys.set(column, Object.assign(new Client(), { bearer: res.body.key }));
  }
  for (const visibility of VISIBILITIES) shared.set(visibility, await makeProject(people, teamId, visibility));
}, 60_000);

describe.each(VISIBILITIES)("a %s project", (visibility) => {
  describe.each(ROUTES.map((r) => [r.name, r] as const))("%s", (_name, route) => {
    it.each(COLUMNS)("as %s", async (persona) => {
      const project = route.destructive ? await makeProject(people, teamId, visibility) : shared.get(visibility);
      if (!project) throw new Error("no project");
      const { method, path, json, body } = route.request(project, people, persona);
      const client = keys.get(persona) ?? people[persona as Persona];
      // Asked before the request: a destructive one changes what the project says.
      const promised = route.can ? await client.json<Project>(`/api/projects/${project.id}`) : undefined;
      const res = await client.json(path, { method, json, body });
      const want = expected(route, persona, visibility);
      expect({ status: res.status, body: res.body }).toMatchObject({ status: want });
      if (want >= 400)
        expect(res.body).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
      // Nothing of a hidden project leaks into its 404.
      if (want === 404) expect(JSON.stringify(res.body)).not.toContain("Matrix");
      if (route.can && promised?.status === 200) {
        expect({ [route.can]: promised.body.can[route.can] }).toEqual({ [route.can]: res.status < 300 });
      }
      // Whoever cannot read the project is promised nothing, so cannot be shown a button.
      if (route.can && promised && promised.status !== 200) expect(res.status).toBeGreaterThanOrEqual(400);
    });
  });
});
