import { env } from "cloudflare:workers";
import { expect } from "vitest";
import { fetchApp } from "../fetchApp.ts";
import type { Client } from "./Client.ts";

export interface DeploymentJson {
  id: string;
  version: number;
  status: string;
  url: string;
  site: string;
  active: boolean;
  kind: string | null;
  log: string[];
}

/** A project of `owner` holding these text files (written through its room, like a collaborator). */
export async function projectWith(owner: Client, files: Record<string, string>, visibility = "private") {
  const created = await owner.json<{ id: string; slug: string }>("/api/projects", {
    method: "POST",
    json: { name: `Site ${Math.random().toString(36).slice(2, 8)}`, visibility },
  });
  expect(created.status).toBe(201);
  await writeFiles(created.body.id, files);
  return created.body;
}

export async function writeFiles(projectId: string, files: Record<string, string>) {
  const written = await env.ROOMS.getByName(projectId).writeFiles(
    Object.entries(files).map(([path, text]) => ({ path, text })),
    "test",
  );
  expect(written.errors).toEqual([]);
}

/** Asks for a deploy and polls until it finishes; the deploy runs in the project's DeployRunner. */
export async function deploy(client: Client, projectId: string): Promise<DeploymentJson> {
  return waitForDeployment(client, projectId, await requestDeploy(client, projectId));
}

/** Asks for a deploy and answers its id at once, while the project's DeployRunner runs it. */
export async function requestDeploy(client: Client, projectId: string): Promise<string> {
  const res = await client.json<{ deployment: { id: string; status: string; url: string } }>(
    `/api/projects/${projectId}/deployments`,
    { method: "POST" },
  );
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  return res.body.deployment.id;
}

export async function waitForDeployment(client: Client, projectId: string, id: string): Promise<DeploymentJson> {
  for (let i = 0; i < 400; i++) {
    const res = await client.json<DeploymentJson>(`/api/projects/${projectId}/deployments/${id}`);
    if (["live", "failed", "rolled_back"].includes(res.body.status)) return res.body;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`deployment ${id} did not finish`);
}

/** A visitor's request to a site, by Host header as a browser at `<site>.localhost:8787` sends it. */
export function visit(site: string, path = "/", init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set("host", `${site}.localhost:8787`);
  return fetchApp(`http://${site}.localhost:8787${path}`, { ...init, headers });
}
