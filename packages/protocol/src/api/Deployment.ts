import * as z from "zod/mini";

/**
 * Deployments and the site as the HTTP API answers them (`/api/projects/:id/deployments…`,
 * `/api/projects/:id/site`): the Worker types its answers against these schemas and the
 * web app parses them (see Project.ts).
 */

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

export const deploymentStatusSchema = z.enum([
  DeploymentStatus.Queued,
  DeploymentStatus.Building,
  DeploymentStatus.Uploading,
  DeploymentStatus.Live,
  DeploymentStatus.Failed,
  DeploymentStatus.RolledBack,
]);

/** `GET /api/projects/:id/deployments/:deploymentId`, and `…/activate`. */
export const deploymentSchema = z.object({
  id: z.string(),
  version: z.number(),
  status: deploymentStatusSchema,
  /** static, worker or fullstack once the build has detected it; null before. */
  kind: z.nullable(z.string()),
  url: z.string(),
  site: z.string(),
  /** Whether the site serves this version now. */
  active: z.boolean(),
  /** The user id of whoever asked for it; null when it was not a person. */
  createdBy: z.nullable(z.string()),
  createdAt: z.string(),
  finishedAt: z.nullable(z.string()),
  durationMs: z.nullable(z.number()),
  log: z.array(z.string()),
});
export type Deployment = z.infer<typeof deploymentSchema>;

/** `POST /api/projects/:id/deployments` (202). */
export const startedDeploymentSchema = z.object({
  deployment: z.object({ id: z.string(), status: deploymentStatusSchema, url: z.string(), version: z.number() }),
});
export type StartedDeployment = z.infer<typeof startedDeploymentSchema>;

/** `GET /api/projects/:id/deployments`: newest first; `site` is null until the first ask. */
export const deploymentListSchema = z.object({
  site: z.nullable(z.object({ name: z.string(), activeDeploymentId: z.nullable(z.string()) })),
  deployments: z.array(deploymentSchema),
});
export type DeploymentList = z.infer<typeof deploymentListSchema>;

/** `GET` and `PATCH /api/projects/:id/site`. */
export const siteSchema = z.object({
  name: z.string(),
  url: z.string(),
  activeDeploymentId: z.nullable(z.string()),
  /** The owner's grant: the site's Worker may fetch public http(s) addresses through the platform's gateway. */
  network: z.boolean(),
});
export type Site = z.infer<typeof siteSchema>;
