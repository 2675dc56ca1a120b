import { DurableObject } from "cloudflare:workers";
import type { Bindings } from "../AppEnv.ts";
import { runDeployment } from "./runDeployment.ts";

/**
 * One per project: runs its deployments one at a time, in the order they were asked for.
 * A Durable Object rather than the request's `waitUntil` because a deploy must outlive the
 * request that asked for it: the queue is stored, the work runs in an alarm, and an alarm
 * that dies with its isolate is retried by the runtime, where `waitUntil` work is simply
 * lost (and cut off 30 s after the response). One runner per project also means two
 * deploys never race to activate.
 */
export class DeployRunner extends DurableObject<Bindings> {
  /** Queues a deployment (already a `queued` row in Postgres) and wakes the runner. */
  async enqueue(deploymentId: string): Promise<void> {
    const queue = (await this.ctx.storage.get<string[]>("queue")) ?? [];
    if (!queue.includes(deploymentId)) await this.ctx.storage.put("queue", [...queue, deploymentId]);
    if ((await this.ctx.storage.getAlarm()) === null) await this.ctx.storage.setAlarm(Date.now());
  }

  /**
   * Drains the queue. A deployment leaves it only once finished, so a throw (Postgres
   * down, say) leaves it at the head and the runtime's alarm retry picks it up again.
   */
  override async alarm(): Promise<void> {
    for (;;) {
      const [next] = (await this.ctx.storage.get<string[]>("queue")) ?? [];
      if (!next) return;
      await runDeployment(this.env, next);
      // Re-read: enqueue may have appended while this deployment ran.
      const queue = (await this.ctx.storage.get<string[]>("queue")) ?? [];
      await this.ctx.storage.put(
        "queue",
        queue.filter((id) => id !== next),
      );
    }
  }
}
