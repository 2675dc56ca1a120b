import type { ProjectRole, Visibility } from "@wove/db";
import type { ProjectCan } from "@wove/protocol";
import type { Actor } from "../auth/Actor.ts";
import { Action, can } from "./can.ts";

/** What `projectCan` needs to know of the caller's hold on a project, beyond `can`'s. */
export interface CallerAccess {
  visibility: Visibility;
  ownerId: string;
  /** The caller's effective role (their own, or the strongest through a team), or null. */
  role: ProjectRole | null;
  /** Whether the caller is a member in their own name, not only through a team. */
  direct: boolean;
}

/**
 * The `can` of the project JSON: every answer of the policy a client shows, for this
 * caller, so no client works the policy out again. Each is true exactly when its route
 * answers 2xx (the authorization matrix checks both agree).
 */
export function projectCan(actor: Actor, access: CallerAccess): ProjectCan {
  const project = { visibility: access.visibility, role: access.role };
  const allows = (action: Action) => can(actor, action, project).ok;
  const manageSite = allows(Action.ManageSite);
  const ownerOfRecord = actor.kind === "user" && actor.userId === access.ownerId;
  return {
    edit: allows(Action.WriteContent),
    deploy: allows(Action.Deploy),
    update: allows(Action.UpdateProject),
    manage: allows(Action.ManageMembers),
    renameSite: manageSite,
    grantNetwork: manageSite,
    delete: allows(Action.DeleteProject),
    transfer: allows(Action.TransferProject),
    // Leaving removes one's own membership row: access through a team has none to remove,
    // and the owner of record must hand the project on first (members.ts, assertOwnerStays).
    leave: allows(Action.Leave) && access.direct && !ownerOfRecord,
    readAiUsage: allows(Action.ReadAiUsage),
  };
}
