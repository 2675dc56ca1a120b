/** Where a deployment is: the first three move on by themselves, the last three are final. */
export const DeploymentStatus = {
  Queued: "queued",
  Building: "building",
  Uploading: "uploading",
  Live: "live",
  Failed: "failed",
  RolledBack: "rolled_back",
} as const;
export type DeploymentStatus = (typeof DeploymentStatus)[keyof typeof DeploymentStatus];

/** `GET /api/projects/:id/deployments/:deploymentId`. */
export interface Deployment {
  id: string;
  version: number;
  status: DeploymentStatus;
  /** static, worker or fullstack once the build has detected it; null before. */
  kind: string | null;
  url: string;
  site: string;
  /** Whether the site serves this version now. */
  active: boolean;
  /** The user id of whoever asked for it; null when it was not a person. */
  createdBy: string | null;
  createdAt: string;
  finishedAt: string | null;
  durationMs: number | null;
  log: string[];
}

/** `POST /api/projects/:id/deployments` (202). */
export interface StartedDeployment {
  deployment: Pick<Deployment, "id" | "status" | "url" | "version">;
}

/** `GET /api/projects/:id/deployments`: newest first; `site` is null until the first ask. */
export interface DeploymentList {
  site: { name: string; activeDeploymentId: string | null } | null;
  deployments: Deployment[];
}

/** `GET` and `PATCH /api/projects/:id/site`. */
export interface Site {
  name: string;
  url: string;
  activeDeploymentId: string | null;
  /** The owner's grant: the site's Worker may fetch public http(s) addresses through the platform's gateway. */
  network: boolean;
}
