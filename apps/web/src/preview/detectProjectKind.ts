import { ProjectKind } from "@wove/protocol";

/** Where a Worker's entry is looked for, in order (as `@wove/deploy` does). */
export const WORKER_ENTRIES = ["worker.js", "worker.ts", "src/worker.ts", "src/worker.js"] as const;
/** The folder a full-stack project's assets live in (as `@wove/deploy` does). */
export const FULL_STACK_ASSETS = "public";

export interface DetectedKind {
  kind: ProjectKind;
  /** The Worker's entry, for worker and full-stack projects. */
  entry: string | null;
  /** The folder whose files are served as they are ("" is the root); null for a Worker alone. */
  assetsDir: string | null;
  /** Why, in a few words the panel shows. */
  reason: string;
  /** Whether the project's own setting decided rather than detection. */
  chosen: boolean;
}

/**
 * What a project is, from its paths and the kind chosen in its meta (SPEC D14): a Worker
 * entry makes it a Worker, plus files under `public/` a full stack; anything else is a
 * static site served from the root. The same rules as `@wove/deploy`'s `detectKind`, so
 * the preview shows what a deploy would make (to be shared once that package lands).
 */
export function detectProjectKind(
  paths: readonly string[],
  settings: { kind?: ProjectKind | null; entry?: string | null } = {},
): DetectedKind {
  const present = new Set(paths);
  const entry = settings.entry ?? WORKER_ENTRIES.find((candidate) => present.has(candidate)) ?? null;
  const hasAssets = paths.some((path) => path.startsWith(`${FULL_STACK_ASSETS}/`));
  const chosen = Boolean(settings.kind);
  const kind = settings.kind ?? (!entry ? ProjectKind.Static : hasAssets ? ProjectKind.FullStack : ProjectKind.Worker);
  if (kind === ProjectKind.Static) {
    const reason = chosen ? "chosen for this project" : present.has("index.html") ? "index.html" : "no Worker entry";
    return { kind, entry: null, assetsDir: "", reason, chosen };
  }
  const workerEntry = entry ?? WORKER_ENTRIES[0];
  const reason = chosen
    ? "chosen for this project"
    : kind === ProjectKind.FullStack
      ? `${workerEntry} and files under ${FULL_STACK_ASSETS}/`
      : `${workerEntry} exports fetch`;
  return {
    kind,
    entry: workerEntry,
    assetsDir: kind === ProjectKind.FullStack ? FULL_STACK_ASSETS : null,
    reason,
    chosen,
  };
}
