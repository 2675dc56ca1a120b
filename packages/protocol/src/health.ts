/** `GET /api/health`: each part is "ok" only after it was really queried. */
export type PartStatus = "ok" | "error";

export interface HealthBody {
  status: "ok" | "error";
  db: PartStatus;
  storage: PartStatus;
  version: string;
  /** Identifies the database this platform runs on; stable across restarts. */
  instance?: string;
}
