/** What a deploy makes of a project. */
export const ProjectKind = {
  /** HTML, CSS, JS and assets served as they are. */
  Static: "static",
  /** One bundled module exporting a `fetch` handler. */
  Worker: "worker",
  /** A Worker plus static assets: assets answer first, the Worker answers the rest. */
  FullStack: "fullstack",
} as const;
export type ProjectKind = (typeof ProjectKind)[keyof typeof ProjectKind];

export const PROJECT_KINDS: readonly ProjectKind[] = Object.values(ProjectKind);
