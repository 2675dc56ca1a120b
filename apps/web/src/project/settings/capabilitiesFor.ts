import type { ProjectRole } from "../../api/Project.ts";

export interface Capabilities {
  editDetails: boolean;
  manageMembers: boolean;
  transfer: boolean;
  delete: boolean;
  leave: boolean;
}

/**
 * What the settings page offers for a role. The platform's policy decides; this mirrors
 * it (owners manage, every member may leave) so people are not shown buttons that fail.
 */
export function capabilitiesFor(role: ProjectRole | null): Capabilities {
  const owner = role === "owner";
  return { editDetails: owner, manageMembers: owner, transfer: owner, delete: owner, leave: role !== null };
}
