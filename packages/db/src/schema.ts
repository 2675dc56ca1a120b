import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { organization, user } from "./authSchema.ts";

/**
 * One row naming this installation's database. Written once by the migrator, so its id
 * tells whether two starts of the platform see the same data (the health check reports it).
 */
export const instance = pgTable(
  "instance",
  {
    // A constant key makes "at most one row" a constraint rather than a convention.
    singleton: boolean("singleton").primaryKey().default(true),
    id: uuid("id").notNull().defaultRandom(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [check("instance_singleton", sql`${table.singleton}`)],
);

export const VISIBILITIES = ["private", "unlisted", "public"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const PROJECT_ROLES = ["owner", "editor", "viewer"] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];

export const projects = pgTable(
  "projects",
  {
    id: text("id").primaryKey(),
    /** The account whose namespace holds the slug; always also an owner member. */
    ownerId: text("owner_id")
      .notNull()
      .references(() => user.id),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    visibility: text("visibility", { enum: VISIBILITIES }).notNull().default("private"),
    forkedFrom: text("forked_from"),
    /**
     * Raised in the same transaction as every change to who may do what on the project
     * (members, roles, teams, visibility). Room tokens carry the version they were minted
     * at, and the room refuses those older than the newest it has been told of.
     */
    accessVersion: integer("access_version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    /** Soft delete: the project is gone for everyone; rooms and blobs are purged after. */
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (table) => [
    uniqueIndex("projects_owner_slug_live")
      .on(table.ownerId, table.slug)
      .where(sql`${table.deletedAt} IS NULL`),
    check("projects_visibility", sql`${table.visibility} IN ('private', 'unlisted', 'public')`),
  ],
);

/** A person's or a team's role on a project. Exactly one of userId and teamId is set. */
export const projectMembers = pgTable(
  "project_members",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    userId: text("user_id").references(() => user.id, { onDelete: "cascade" }),
    teamId: text("team_id").references(() => organization.id, { onDelete: "cascade" }),
    role: text("role", { enum: PROJECT_ROLES }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("project_members_user").on(table.projectId, table.userId),
    uniqueIndex("project_members_team").on(table.projectId, table.teamId),
    index("project_members_by_user").on(table.userId),
    index("project_members_by_team").on(table.teamId),
    check("project_members_one_principal", sql`(${table.userId} IS NULL) <> (${table.teamId} IS NULL)`),
    check("project_members_role", sql`${table.role} IN ('owner', 'editor', 'viewer')`),
  ],
);

/** An invitation by email to someone without an account yet (or not signed in). */
export const projectInvitations = pgTable(
  "project_invitations",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    role: text("role", { enum: PROJECT_ROLES }).notNull(),
    /** sha256 of the secret in the link; the secret itself is never stored. */
    tokenHash: text("token_hash").notNull().unique(),
    invitedBy: text("invited_by")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("project_invitations_by_project").on(table.projectId)],
);

/** Binary files of a project; bytes live once in R2 under their sha256. */
export const projectBlobs = pgTable(
  "project_blobs",
  {
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    hash: text("hash").notNull(),
    size: integer("size").notNull(),
    mime: text("mime").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.projectId, table.hash] }), index("project_blobs_by_hash").on(table.hash)],
);

/** Fixed-window counters for rate limits, shared by every isolate. */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  count: integer("count").notNull(),
  windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
});

/** Local mode only: every email the platform would have sent. */
export const devMailbox = pgTable(
  "dev_mailbox",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("dev_mailbox_by_to").on(table.to)],
);

/**
 * The file list of each project as its room last exported it (debounced): paths, kinds,
 * sizes and when each file last changed. For listings, search and quotas without
 * waking a room; the room's document stays the source of truth.
 */
export const projectFiles = pgTable(
  "project_files",
  {
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    fileId: text("file_id").notNull(),
    path: text("path").notNull(),
    kind: text("kind", { enum: ["text", "blob"] }).notNull(),
    size: integer("size").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.projectId, table.fileId] })],
);

export const AI_PROVIDERS = ["anthropic", "openai", "google"] as const;
export type AiProvider = (typeof AI_PROVIDERS)[number];

/**
 * A person's own provider keys (bring your own key), encrypted with AES-GCM under a key
 * derived from the Worker secret AI_KEYS_SECRET. Only the last four characters are kept
 * in the clear, to show which key is saved.
 */
export const providerKeys = pgTable(
  "provider_keys",
  {
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    provider: text("provider", { enum: AI_PROVIDERS }).notNull(),
    /** `v1.<iv base64>.<ciphertext base64>`, bound to (user, provider) as associated data. */
    sealed: text("sealed").notNull(),
    last4: text("last4").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.provider] })],
);

/** One AI request's tokens and cost, for budgets and the usage page. */
export const aiUsage = pgTable(
  "ai_usage",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    projectId: text("project_id").references(() => projects.id, { onDelete: "set null" }),
    /** `<provider>:<model>` */
    model: text("model").notNull(),
    inputTokens: integer("input_tokens").notNull(),
    outputTokens: integer("output_tokens").notNull(),
    /** Millionths of a dollar: exact sums, no float drift across thousands of rows. */
    costMicroUsd: bigint("cost_micro_usd", { mode: "number" }).notNull(),
    /** Whether the person's own key paid (their own keys do not count against budgets). */
    ownKey: boolean("own_key").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("ai_usage_by_user").on(table.userId, table.createdAt),
    index("ai_usage_by_project").on(table.projectId, table.createdAt),
  ],
);

export const DEPLOYMENT_STATUSES = ["queued", "building", "uploading", "live", "failed", "rolled_back"] as const;
export type DeploymentStatus = (typeof DEPLOYMENT_STATUSES)[number];

/**
 * A project's public site: its DNS label (unique across the platform) and the deployment
 * it serves. One row per project, made on first use with the default `<slug>-<owner>`.
 */
export const sites = pgTable("sites", {
  projectId: text("project_id")
    .primaryKey()
    .references(() => projects.id, { onDelete: "cascade" }),
  name: text("name").notNull().unique(),
  /** Null until the first deploy goes live (or after the only one was rolled back). */
  activeDeploymentId: text("active_deployment_id"),
  /**
   * The owner's grant of outbound network to the site's Worker (through the platform's
   * gateway). Only the owner sets it (`PATCH /api/projects/:id/site`); the document's
   * `meta.deploy.network` is a request, never a grant.
   */
  network: boolean("network").notNull().default(false),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A site name let go (by a rename or a deleted project), held for the person who had it
 * until `heldUntil`, so nobody else can take over the address their visitors know.
 */
export const siteNameHolds = pgTable("site_name_holds", {
  name: text("name").primaryKey(),
  ownerId: text("owner_id")
    .notNull()
    .references(() => user.id, { onDelete: "cascade" }),
  heldUntil: timestamp("held_until", { withTimezone: true }).notNull(),
});

/**
 * One deploy of a project: a numbered version, where it got to, and its log. `live` means
 * it went live at some point (the site row says which one serves now); `rolled_back`
 * means it went live, failed its health check and the previous version was restored.
 */
export const deployments = pgTable(
  "deployments",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    /** 1, 2, 3… per project, in the order deploys were asked for. */
    version: integer("version").notNull(),
    status: text("status", { enum: DEPLOYMENT_STATUSES }).notNull().default("queued"),
    /** static, worker or fullstack, once the build has looked. */
    kind: text("kind"),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    /** The site name it was deployed to, and the URL that serves it. */
    site: text("site").notNull(),
    url: text("url").notNull(),
    log: jsonb("log").$type<string[]>().notNull().default([]),
    /** R2 keys of the recorded snapshot and of the manifest (see @wove/deploy artifactKeys). */
    snapshotKey: text("snapshot_key"),
    manifestKey: text("manifest_key"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    durationMs: integer("duration_ms"),
  },
  (table) => [
    uniqueIndex("deployments_project_version").on(table.projectId, table.version),
    check(
      "deployments_status",
      sql`${table.status} IN ('queued', 'building', 'uploading', 'live', 'failed', 'rolled_back')`,
    ),
  ],
);

export const AGENT_RUN_STATUSES = [
  "queued",
  "planning",
  "awaiting_approval",
  "running",
  "succeeded",
  "failed",
  "stopped",
] as const;
export type AgentRunStatus = (typeof AGENT_RUN_STATUSES)[number];

/** A steering message an editor sent to a working run; the agent reads it at its next turn. */
export interface AgentInboxMessage {
  id: string;
  by: { id: string; name: string };
  text: string;
  at: number;
  /** The turn that read it; unset until then. */
  readAt?: number;
}

/**
 * The builder agent's runs: the durable record beside the run's Workflow (the live view is in
 * the project's document, SPEC D16). The conversation lives in R2 (agent-runs/<id>/), the
 * record of each edit in the project's room (for undo).
 */
export const agentRuns = pgTable(
  "agent_runs",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    prompt: text("prompt").notNull(),
    pipeline: text("pipeline").notNull().default("build"),
    model: text("model").notNull().default("auto"),
    status: text("status", { enum: AGENT_RUN_STATUSES }).notNull().default("queued"),
    autoApprove: boolean("auto_approve").notNull().default(false),
    /** The run's budget in micro-dollars; null: only the person's and project's daily budgets. */
    budgetMicroUsd: bigint("budget_micro_usd", { mode: "number" }),
    plan: jsonb("plan").$type<{
      title: string;
      steps: Array<{ title: string; files: string[]; status: "pending" | "running" | "done" | "failed" }>;
    }>(),
    /** When its plan was approved (by a person, or at once with autoApprove). */
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    /** The Workflow instance working on it now (a resumed run gets a new one). */
    instanceId: text("instance_id"),
    /** Model turns finished, the run's whole life. */
    turns: integer("turns").notNull().default(0),
    inputTokens: integer("input_tokens").notNull().default(0),
    outputTokens: integer("output_tokens").notNull().default(0),
    costMicroUsd: bigint("cost_micro_usd", { mode: "number" }).notNull().default(0),
    filesChanged: jsonb("files_changed").$type<string[]>().notNull().default([]),
    inbox: jsonb("inbox").$type<AgentInboxMessage[]>().notNull().default([]),
    deploymentUrl: text("deployment_url"),
    summary: text("summary"),
    error: text("error"),
    /** The URL the run was asked for at: deploys name their site URL from its origin. */
    origin: text("origin").notNull().default(""),
    /** The run this one follows up (a prompt on a finished run continues its conversation). */
    parentRunId: text("parent_run_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (table) => [
    index("agent_runs_project_created").on(table.projectId, table.createdAt),
    check(
      "agent_runs_status",
      sql`${table.status} IN ('queued', 'planning', 'awaiting_approval', 'running', 'succeeded', 'failed', 'stopped')`,
    ),
  ],
);
