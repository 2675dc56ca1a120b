import * as z from "zod/mini";

/**
 * The project as the HTTP API answers it (`GET /api/projects/:id`, the list, create,
 * update, transfer, accepting an invitation). The Worker types its answers against these
 * schemas and the web app parses every answer with them, so a change on one side that the
 * other does not know fails in a test instead of rendering `undefined`.
 *
 * zod/mini rather than zod: the web app ships these, and mini's functions tree-shake.
 */

/** Who can open a project. */
export const Visibility = {
  Private: "private",
  Unlisted: "unlisted",
  Public: "public",
} as const;
export type Visibility = (typeof Visibility)[keyof typeof Visibility];

/** A member's role on a project, strongest first. */
export const ProjectRole = {
  Owner: "owner",
  Editor: "editor",
  Viewer: "viewer",
} as const;
export type ProjectRole = (typeof ProjectRole)[keyof typeof ProjectRole];

export const visibilitySchema = z.enum([Visibility.Private, Visibility.Unlisted, Visibility.Public]);
export const projectRoleSchema = z.enum([ProjectRole.Owner, ProjectRole.Editor, ProjectRole.Viewer]);

/**
 * What the caller may do with the project, decided by the server's policy for them (a
 * visitor, a member of some role, an API key with its scopes). Clients show what is true
 * here and never work it out from `role`: each is true exactly when its route would
 * answer 2xx for this caller.
 */
export const projectCanSchema = z.object({
  /** Change files: the room accepts their updates, blobs upload. */
  edit: z.boolean(),
  /** Deploy, or put an earlier version back live (publishing: owners only when private). */
  deploy: z.boolean(),
  /** Rename, describe, change visibility. */
  update: z.boolean(),
  /** Invite, remove members, change their roles. */
  manage: z.boolean(),
  renameSite: z.boolean(),
  /** Grant or withdraw the site Worker's outbound network. */
  grantNetwork: z.boolean(),
  delete: z.boolean(),
  transfer: z.boolean(),
  /** Remove themself; the owner of record transfers first, so cannot. */
  leave: z.boolean(),
  /** See what the project spent on AI. */
  readAiUsage: z.boolean(),
});
export type ProjectCan = z.infer<typeof projectCanSchema>;

/** A `can` that allows nothing: where a caller's rights start before anything is granted. */
export const NOTHING_ALLOWED: Readonly<ProjectCan> = Object.freeze({
  edit: false,
  deploy: false,
  update: false,
  manage: false,
  renameSite: false,
  grantNetwork: false,
  delete: false,
  transfer: false,
  leave: false,
  readAiUsage: false,
});

export const projectSchema = z.object({
  id: z.string(),
  slug: z.string(),
  name: z.string(),
  description: z.nullable(z.string()),
  visibility: visibilitySchema,
  owner: z.object({ id: z.string(), name: z.string() }),
  /** The caller's role; null for a visitor. Shown to people; `can` decides what they may do. */
  role: z.nullable(projectRoleSchema),
  can: projectCanSchema,
  forkedFrom: z.nullable(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Project = z.infer<typeof projectSchema>;

/** `GET /api/projects`: the caller's projects and those shared with them, a page at a time. */
export const projectListSchema = z.object({
  projects: z.array(projectSchema),
  nextCursor: z.nullable(z.string()),
});
export type ProjectList = z.infer<typeof projectListSchema>;

/** `POST /api/invitations/:token/accept`. */
export const acceptedInvitationSchema = z.object({ project: projectSchema });
export type AcceptedInvitation = z.infer<typeof acceptedInvitationSchema>;
