import { deployments, type Database, type DeploymentStatus } from "@wove/db";
import { eq } from "drizzle-orm";
import type { DeploymentRow } from "./deploymentJson.ts";

/**
 * One deployment's progress as people see it: log lines gather in memory and are written
 * with each change of status, so a deploy costs a handful of writes, not one per line.
 */
export class DeploymentRun {
  readonly lines: string[];

  constructor(
    private readonly db: Database,
    readonly row: DeploymentRow,
  ) {
    this.lines = [...row.log];
  }

  readonly log = (line: string): void => {
    this.lines.push(line);
  };

  async update(
    patch: Partial<Pick<DeploymentRow, "status" | "kind" | "snapshotKey" | "manifestKey" | "site" | "url">>,
  ) {
    await this.db
      .update(deployments)
      .set({ ...patch, log: this.lines })
      .where(eq(deployments.id, this.row.id));
  }

  async finish(status: Extract<DeploymentStatus, "live" | "failed" | "rolled_back">, line: string): Promise<void> {
    this.log(line);
    const finishedAt = new Date();
    await this.db
      .update(deployments)
      .set({ status, log: this.lines, finishedAt, durationMs: finishedAt.getTime() - this.row.createdAt.getTime() })
      .where(eq(deployments.id, this.row.id));
  }
}
