import { PROJECT_KINDS, type KindSettings, type ProjectKind } from "@wove/protocol";

/**
 * What a project says about its own deploys, under `deploy` in the document's meta map
 * (SPEC D8), so the settings travel with the project. Every field is optional: unset,
 * detection decides.
 */
export interface DeploySettings extends KindSettings {
  /**
   * The project asks for network access. A request, not a grant: anyone who can edit the
   * document can set it, so deploys only show it as a hint; the owner grants network on
   * the site (`PATCH /api/projects/:id/site {network}`).
   */
  network?: boolean;
}

/** Reads `meta.deploy` leniently: a field of the wrong type is ignored, never fatal. */
export function readDeploySettings(value: unknown): DeploySettings {
  if (!value || typeof value !== "object") return {};
  const raw = value as Record<string, unknown>;
  const settings: DeploySettings = {};
  if (typeof raw.kind === "string" && (PROJECT_KINDS as readonly string[]).includes(raw.kind)) {
    settings.kind = raw.kind as ProjectKind;
  }
  if (typeof raw.entry === "string" && raw.entry) settings.entry = trimSlashes(raw.entry);
  if (typeof raw.assets === "string") settings.assets = trimSlashes(raw.assets);
  if (raw.network === true) settings.network = true;
  return settings;
}

const trimSlashes = (path: string) => path.replace(/^\.?\/+|\/+$/g, "");
