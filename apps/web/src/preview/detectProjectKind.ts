import { detectKind, ProjectKind, type KindSettings } from "@wove/protocol";

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
 * What a project is, from its paths and its meta's settings (SPEC D14): `@wove/protocol`'s
 * `detectKind`, the rules deploys follow, so the preview shows what a deploy would make;
 * with the reason worded for the panel.
 */
export function detectProjectKind(
  paths: readonly string[],
  settings: { kind?: ProjectKind | null; entry?: string | null; assets?: string | null } = {},
): DetectedKind {
  const given: KindSettings = {};
  if (settings.kind) given.kind = settings.kind;
  if (settings.entry) given.entry = settings.entry;
  if (settings.assets !== null && settings.assets !== undefined) given.assets = settings.assets;
  const detection = detectKind(paths, given);
  const chosen = Boolean(settings.kind);
  const reason = chosen
    ? "chosen for this project"
    : detection.kind === ProjectKind.Static && paths.includes("index.html")
      ? "index.html"
      : detection.reason;
  return {
    kind: detection.kind,
    entry: detection.entry ?? null,
    assetsDir: detection.assetsDir ?? null,
    reason,
    chosen,
  };
}
