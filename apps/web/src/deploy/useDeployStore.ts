import { create } from "zustand";
import { ApiRequestError, asApiRequestError } from "../api/ApiRequestError.ts";
import { useLayoutStore } from "../ide/useLayoutStore.ts";
import { deploymentsApi } from "./deploymentsApi.ts";
import { waitForRoom, type PendingSource } from "./waitForRoom.ts";

/** How long a deploy waits for this tab's last edits to reach the room before going ahead without them. */
const SETTLE_MS = 10_000;

interface DeployState {
  projectId: string | null;
  /** The deployment this tab asked for last, followed by the Deploys panel. */
  deploymentId: string | null;
  starting: boolean;
  /** Why the last deploy could not be asked for (offline, refused). */
  error: ApiRequestError | null;
  /** Set when the deploy went ahead while some of this tab's edits had not reached the room. */
  unsaved: boolean;
  /**
   * Asks the platform to deploy the project and shows the Deploys panel to follow it. The
   * room is the open project's, whose confirmed state is what a deploy snapshots: the
   * deploy waits a moment for this tab's edits to reach it.
   */
  start: (projectId: string, room: PendingSource | null) => Promise<void>;
}

/**
 * The deploy this tab started. It lives outside the Deploys panel so the header's button
 * and the command work before the panel has loaded, and a deploy outlives the panel being
 * hidden: the panel picks the id up and polls it when shown.
 */
export const useDeployStore = create<DeployState>()((set, get) => ({
  projectId: null,
  deploymentId: null,
  starting: false,
  error: null,
  unsaved: false,
  start: async (projectId, room) => {
    if (get().starting) return;
    useLayoutStore.getState().showSidePanel("deploy");
    const forget = get().projectId !== projectId ? { deploymentId: null } : {};
    if (!navigator.onLine) {
      set({ ...forget, projectId, error: offline() });
      return;
    }
    set({ ...forget, projectId, starting: true, error: null, unsaved: false });
    try {
      const saved = room ? await waitForRoom(room, SETTLE_MS) : true;
      const { deployment } = await deploymentsApi.start(projectId);
      set({ projectId, deploymentId: deployment.id, starting: false, unsaved: !saved });
    } catch (err) {
      const error = asApiRequestError(err);
      set({ projectId, starting: false, error: error.code === "network" ? offline(navigator.onLine) : error });
    }
  },
}));

function offline(online = false): ApiRequestError {
  const why = online ? "Wove cannot be reached" : "you are offline";
  return new ApiRequestError(0, "network", `Deploying needs the network, and ${why}. Reconnect and try again.`);
}
