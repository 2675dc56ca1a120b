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

/** `GET /api/projects/:id`. */
export interface Project {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  visibility: Visibility;
  owner: { id: string; name: string };
  /** The caller's role; null for a visitor. */
  role: ProjectRole | null;
  createdAt: string;
  updatedAt: string;
}

/** `GET /api/projects`: the caller's projects and those shared with them, a page at a time. */
export interface ProjectList {
  projects: Project[];
  nextCursor: string | null;
}

export const NAME_MAX = 100;
export const DESCRIPTION_MAX = 1000;
