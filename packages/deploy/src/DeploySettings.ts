import { PROJECT_KINDS, type ProjectKind } from "./ProjectKind.ts";

/**
 * What a project says about its own deploys, under `deploy` in the document's meta map
 * (SPEC D8), so the settings travel with the project. Every field is optional: unset,
 * detection decides.
 */
export interface DeploySettings {
  kind?: ProjectKind;
  /** The Worker's entry file, e.g. `api/main.ts`. */
  entry?: string;
  /** The folder whose files are served as they are (`public` when unset and present). */
  assets?: string;
  /** Lets the deployed Worker `fetch` the internet; off unless the project grants it. */
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
