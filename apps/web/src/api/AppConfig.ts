/** `GET /api/config`: what this platform offers, so the UI shows only what works. */
export interface AppConfig {
  github: boolean;
  mode: "local" | "production";
}

/** Assumed until `/api/config` answers (or when it cannot): nothing optional. */
export const DEFAULT_CONFIG: AppConfig = { github: false, mode: "production" };

export function readAppConfig(body: unknown): AppConfig {
  if (typeof body !== "object" || body === null) return DEFAULT_CONFIG;
  const { github, mode } = body as Record<string, unknown>;
  return { github: github === true, mode: mode === "local" ? "local" : "production" };
}
