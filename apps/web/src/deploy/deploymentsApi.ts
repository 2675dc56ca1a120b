import { api } from "../api/api.ts";
import type { Deployment, DeploymentList, Site, StartedDeployment } from "./Deployment.ts";

const project = (id: string) => `/api/projects/${encodeURIComponent(id)}`;
const deployment = (id: string, deploymentId: string) =>
  `${project(id)}/deployments/${encodeURIComponent(deploymentId)}`;

/** The deploy and site routes, typed. Each throws an ApiRequestError. */
export const deploymentsApi = {
  start: (id: string) => api<StartedDeployment>(`${project(id)}/deployments`, { method: "POST", body: {} }),
  get: (id: string, deploymentId: string, signal?: AbortSignal) =>
    api<Deployment>(deployment(id, deploymentId), { signal }),
  list: (id: string, signal?: AbortSignal) => api<DeploymentList>(`${project(id)}/deployments`, { signal }),
  activate: (id: string, deploymentId: string) =>
    api<Deployment>(`${deployment(id, deploymentId)}/activate`, { method: "POST", body: {} }),
  site: (id: string, signal?: AbortSignal) => api<Site>(`${project(id)}/site`, { signal }),
  renameSite: (id: string, name: string) => api<Site>(`${project(id)}/site`, { method: "PATCH", body: { name } }),
  setSiteNetwork: (id: string, network: boolean) =>
    api<Site>(`${project(id)}/site`, { method: "PATCH", body: { network } }),
};
