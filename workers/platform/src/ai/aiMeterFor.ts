import type { Bindings } from "../AppEnv.ts";
import type { UsageScope } from "./readPlatformSpend.ts";

/** The AiMeter that counts for a person or a project. */
export function aiMeterFor(env: Bindings, scope: UsageScope) {
  return env.AI_METER.getByName("userId" in scope ? `user:${scope.userId}` : `project:${scope.projectId}`);
}
