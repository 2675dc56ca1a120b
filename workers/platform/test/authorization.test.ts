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
  request: (p: SharedProject, people: People) => { method: string; path: string; json?: unknown; body?: BodyInit };
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
    needs: "owner",
    ok: 200,
    request: (p) => ({ method: "PATCH", path: `/api/projects/${p.id}`, json: { description: "changed" } }),
  },
  {
    name: "delete project",
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
    needs: "owner",
    ok: 204,
    destructive: true,
    request: (p) => ({ method: "DELETE", path: `/api/projects/${p.id}/members/${p.memberIds.extra}` }),
  },
  {
    name: "transfer ownership",
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
    needs: (visibility) => (visibility === "private" ? "owner" : "editor"),
    ok: 202,
    request: (p) => ({ method: "POST", path: `/api/projects/${p.id}/deployments` }),
  },
  {
    name: "rename its site",
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
    needs: "viewer",
    ok: 200,
    signedIn: true,
    request: (p) => ({ method: "GET", path: `/api/ai/usage?projectId=${p.id}` }),
  },
];

/** The owner's API keys, one per scope set: columns of the matrix like the people. */
type Column = Persona | "ownerReadKey" | "ownerWriteKey";
const COLUMNS: Column[] = [...PERSONAS, "ownerReadKey", "ownerWriteKey"];

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
    );
    if (keyScopeFor(method, path) !== "read") return 403;
  }
  if (route.signedIn && persona === "anonymous") return 401;
  if (!role && visibility === "private") return 404;
  const needs = typeof route.needs === "function" ? route.needs(visibility) : route.needs;
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
      const { method, path, json, body } = route.request(project, people);
      const client = keys.get(persona) ?? people[persona as Persona];
      const res = await client.json(path, { method, json, body });
      const want = expected(route, persona, visibility);
      expect({ status: res.status, body: res.body }).toMatchObject({ status: want });
      if (want >= 400)
        expect(res.body).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
      // Nothing of a hidden project leaks into its 404.
      if (want === 404) expect(JSON.stringify(res.body)).not.toContain("Matrix");
    });
  });
});
