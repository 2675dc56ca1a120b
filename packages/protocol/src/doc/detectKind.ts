import { ProjectKind } from "./projectKind.ts";

/** What a project's `meta.deploy` says about its kind (SPEC D14); unset, detection decides. */
export interface KindSettings {
  kind?: ProjectKind;
  /** The Worker's entry file, e.g. `api/main.ts`. */
  entry?: string;
  /** The folder whose files are served as they are (`public` when unset). */
  assets?: string;
}

/** Where a Worker's entry is looked for, in order, when the project does not name one. */
export const WORKER_ENTRIES = ["worker.js", "worker.ts", "src/worker.ts", "src/worker.js"] as const;
/** The folder a full-stack project's assets live in, unless its settings say otherwise. */
export const DEFAULT_ASSETS_DIR = "public";

export interface Detection {
  kind: ProjectKind;
  /** The Worker's entry path; set for worker and full-stack projects. */
  entry?: string;
  /** Folder whose files are served ("" is the project root); unset for a Worker alone. */
  assetsDir?: string;
  /** Why, in words the deploy log shows. */
  reason: string;
}

/**
 * Decides what a project is from its paths and its settings. A named entry or a known
 * Worker entry file makes it a Worker; a Worker with an assets folder holding files is full
 * stack; anything else is a static site served from the root. An explicit `kind` wins.
 * One definition for deploys (`@wove/deploy`) and the IDE's preview, so the preview
 * shows what a deploy would make.
 */
export function detectKind(paths: readonly string[], settings: KindSettings = {}): Detection {
  const present = new Set(paths);
  const entry = settings.entry ?? WORKER_ENTRIES.find((candidate) => present.has(candidate));
  const assetsDir = settings.assets ?? DEFAULT_ASSETS_DIR;
  const hasAssets = paths.some((path) => assetsDir === "" || path.startsWith(`${assetsDir}/`));
  if (settings.kind === ProjectKind.Static) {
    return { kind: ProjectKind.Static, assetsDir: settings.assets ?? "", reason: "set in the project's settings" };
  }
  if (settings.kind) {
    const kind = settings.kind;
    const chosen = entry ?? WORKER_ENTRIES[0];
    return {
      kind,
      entry: chosen,
      ...(kind === ProjectKind.FullStack ? { assetsDir } : {}),
      reason: "set in the project's settings",
    };
  }
  if (!entry) return { kind: ProjectKind.Static, assetsDir: "", reason: "no Worker entry file" };
  if (hasAssets) {
    return { kind: ProjectKind.FullStack, entry, assetsDir, reason: `${entry} and files under ${assetsDir}/` };
  }
  return { kind: ProjectKind.Worker, entry, reason: `${entry} exports the Worker` };
}
