import type { Build } from "./Build.ts";
import type { Manifest } from "./Manifest.ts";

/** Who is deploying what: the identity of one deployment version. */
export interface DeployTarget {
  deploymentId: string;
  version: number;
  projectId: string;
  site: string;
  /** The owner's network grant from the site row (never the document's `meta.deploy.network`). */
  network: boolean;
}

/** What activation learned: where the target serves the version, when the target decides that itself. */
export interface Activation {
  /** Cloudflare Pages answers each deployment's URL; the local and WfP targets serve the platform's site URL. */
  url?: string;
}

/** What `prepare` found: the artifacts the target does not hold yet. */
export interface UploadPlan {
  target: DeployTarget;
  build: Build;
  /** Hashes the target lacks; only these are uploaded. */
  missing: Set<string>;
  /** Whatever the target's upload step needs from `prepare` (a session, a token). */
  session?: unknown;
}

/**
 * Puts a build where visitors reach it. The same four steps for every target: the local
 * one (R2 and the Worker Loader) and Cloudflare's (Workers for Platforms, Pages).
 * `log` receives lines the deployment's log shows.
 */
export interface Deployer {
  readonly name: string;
  /** Checks which artifacts the target already holds (content-addressed: unchanged files are not sent again). */
  prepare(target: DeployTarget, build: Build, log: (line: string) => void): Promise<UploadPlan>;
  /** Sends what is missing and records the version's manifest; nothing is served yet. */
  upload(plan: UploadPlan, log: (line: string) => void): Promise<Manifest>;
  /** Points the site at this version. */
  activate(site: string, manifest: Manifest, log: (line: string) => void): Promise<Activation>;
  /** Points the site back at an earlier version, or takes it down when there is none. */
  rollback(site: string, to: Manifest | null, log: (line: string) => void): Promise<void>;
}
