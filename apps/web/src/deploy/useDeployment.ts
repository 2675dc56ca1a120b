import { useEffect, useState } from "react";
import { asApiRequestError, type ApiRequestError } from "../api/ApiRequestError.ts";
import type { Deployment, DeploymentStatus } from "@wove/protocol";
import { deploymentsApi } from "./deploymentsApi.ts";
import { isFinished } from "./deployProgress.ts";

/** How often a running deployment is asked for: its log lines arrive about this fresh. */
export const POLL_MS = 500;
/** After a failed poll (offline, a blip), wait longer before asking again. */
const RETRY_MS = 3000;

export interface FollowedDeployment {
  deployment: Deployment | null;
  /** The furthest running status seen, so a failure can say where it happened. */
  reached: DeploymentStatus | null;
  /** The last poll failed; polling goes on. */
  error: ApiRequestError | null;
}

/**
 * Follows one deployment: asks for it every POLL_MS until its status is final, and stops
 * when the id changes or the component unmounts (no request is left running).
 */
export function useDeployment(projectId: string, deploymentId: string | null): FollowedDeployment {
  const [state, setState] = useState<FollowedDeployment & { id: string | null }>({
    id: null,
    deployment: null,
    reached: null,
    error: null,
  });

  useEffect(() => {
    if (!deploymentId) return;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const deployment = await deploymentsApi.get(projectId, deploymentId, controller.signal);
        if (controller.signal.aborted) return;
        setState((s) => ({
          id: deploymentId,
          deployment,
          reached: isFinished(deployment.status) ? (s.id === deploymentId ? s.reached : null) : deployment.status,
          error: null,
        }));
        if (!isFinished(deployment.status)) timer = setTimeout(() => void poll(), POLL_MS);
      } catch (err) {
        if (controller.signal.aborted) return;
        setState((s) => ({ ...s, id: deploymentId, error: asApiRequestError(err) }));
        timer = setTimeout(() => void poll(), RETRY_MS);
      }
    };
    void poll();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [projectId, deploymentId]);

  // Another id's state is stale: show nothing rather than the previous deployment.
  if (!deploymentId || state.id !== deploymentId) return { deployment: null, reached: null, error: null };
  return state;
}
