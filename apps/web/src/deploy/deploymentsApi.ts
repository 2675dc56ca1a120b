import { api } from "../api/api.ts";
import { deploymentListSchema, deploymentSchema, siteSchema, startedDeploymentSchema } from "@wove/protocol";

const project = (id: string) => `/api/projects/${encodeURIComponent(id)}`;
const deployment = (id: string, deploymentId: string) =>
  `${project(id)}/deployments/${encodeURIComponent(deploymentId)}`;

/** The deploy and site routes, typed. Each throws an ApiRequestError. */
export const deploymentsApi = {
  start: (id: string) =>
    api(`${project(id)}/deployments`, { method: "POST", body: {}, schema: startedDeploymentSchema }),
  get: (id: string, deploymentId: string, signal?: AbortSignal) =>
    api(deployment(id, deploymentId), { signal, schema: deploymentSchema }),
  list: (id: string, signal?: AbortSignal) =>
    api(`${project(id)}/deployments`, { signal, schema: deploymentListSchema }),
  activate: (id: string, deploymentId: string) =>
    api(`${deployment(id, deploymentId)}/activate`, { method: "POST", body: {}, schema: deploymentSchema }),
  site: (id: string, signal?: AbortSignal) => api(`${project(id)}/site`, { signal, schema: siteSchema }),
  renameSite: (id: string, name: string) =>
    api(`${project(id)}/site`, { method: "PATCH", body: { name }, schema: siteSchema }),
  setSiteNetwork: (id: string, network: boolean) =>
    api(`${project(id)}/site`, { method: "PATCH", body: { network }, schema: siteSchema }),
};
