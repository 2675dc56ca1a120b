import { withDatabase } from "@wove/db";
import { DurableObject } from "cloudflare:workers";
import type { Bindings } from "../AppEnv.ts";
import { OneAtATime } from "../OneAtATime.ts";
import { activateVersion, type ActivateResult } from "./activateVersion.ts";
import { renameSite, type RenameResult } from "./renameSite.ts";
import type { SiteRow } from "./ensureSite.ts";
import { runDeployment } from "./runDeployment.ts";
import { setSiteNetwork } from "./setSiteNetwork.ts";
import { takeSiteDown } from "./takeSiteDown.ts";

/**
 * One per project (named by its id): runs its deployments one at a time, in the order they
 * were asked for, and the other changes to what the site serves (activating an earlier
 * version, renaming the site) between them, never in the middle of one.
 * A Durable Object rather than the request's `waitUntil` because a deploy must outlive the
 * request that asked for it: the queue is stored, the work runs in an alarm, and an alarm
 * that dies with its isolate is retried by the runtime, where `waitUntil` work is simply
 * lost (and cut off 30 s after the response).
 */
export class DeployRunner extends DurableObject<Bindings> {
  /**
   * The tail of the work on this project's site. Input gates do not serialize calls that
   * await the network, so a rename arriving during a deploy's upload would otherwise run
   * between its steps; this makes each piece of work wait its turn.
   */
  #work = new OneAtATime();

  /** Queues a deployment (already a `queued` row in Postgres) and wakes the runner. */
  async enqueue(deploymentId: string): Promise<void> {
    const queue = (await this.ctx.storage.get<string[]>("queue")) ?? [];
    if (!queue.includes(deploymentId)) await this.ctx.storage.put("queue", [...queue, deploymentId]);
    if ((await this.ctx.storage.getAlarm()) === null) await this.ctx.storage.setAlarm(Date.now());
  }

  /** Points the site at an earlier live version, once no deploy of the project is running. */
  activate(projectId: string, deploymentId: string): Promise<ActivateResult> {
    return this.#exclusive(() =>
      withDatabase(this.env, (db) => activateVersion(this.env, db, projectId, deploymentId)),
    );
  }

  /** Renames the site and moves its live version, once no deploy of the project is running. */
  renameSite(projectId: string, name: string): Promise<RenameResult> {
    return this.#exclusive(() => withDatabase(this.env, (db) => renameSite(this.env, db, projectId, name)));
  }

  /** Grants or withdraws the site's network and applies it to the live version, once no deploy is running. */
  setNetwork(projectId: string, network: boolean): Promise<SiteRow | null> {
    return this.#exclusive(() => withDatabase(this.env, (db) => setSiteNetwork(this.env, db, projectId, network)));
  }

  /** Takes a deleted project's site down, after any deploy of it still running, and empties the queue. */
  takeDown(projectId: string): Promise<void> {
    return this.#exclusive(async () => {
      await this.ctx.storage.delete("queue");
      await withDatabase(this.env, (db) => takeSiteDown(this.env, db, projectId));
    });
  }

  /**
   * Drains the queue. A deployment leaves it only once finished, so a throw (Postgres
   * down, say) leaves it at the head and the runtime's alarm retry picks it up again.
   */
  override async alarm(): Promise<void> {
    for (;;) {
      const [next] = (await this.ctx.storage.get<string[]>("queue")) ?? [];
      if (!next) return;
      await this.#exclusive(() => runDeployment(this.env, next));
      // Re-read: enqueue may have appended while this deployment ran.
      const queue = (await this.ctx.storage.get<string[]>("queue")) ?? [];
      await this.ctx.storage.put(
        "queue",
        queue.filter((id) => id !== next),
      );
    }
  }

  #exclusive<T>(work: () => Promise<T>): Promise<T> {
    return this.#work.run(work);
  }
}
