import { member, projectMembers, type Database } from "@wove/db";
import { eq } from "drizzle-orm";
import type { Bindings } from "../AppEnv.ts";
import { bumpAccess, bumpTeamAccess, tellRooms } from "./bumpAccess.ts";

/**
 * Someone joined or left a team (better-auth's organization hooks, after the change has
 * committed): every project the team is on gets a new access version, so the rooms close
 * the sockets whose tokens predate it. `leftUserId`, when set, is told its access is gone
 * in the projects where it has none left.
 */
export async function teamChanged(
  env: Pick<Bindings, "ROOMS">,
  db: Database,
  teamId: string,
  leftUserId?: string,
): Promise<void> {
  const bumps = await bumpTeamAccess(db, teamId);
  await tellRooms(env, db, bumps, leftUserId ? [leftUserId] : []);
}

/**
 * A team is about to be deleted (its project shares would cascade away with it): removes
 * its shares and raises those projects' versions in one transaction, so its people lose
 * access and their sockets before the team is gone.
 */
export async function teamDeleting(env: Pick<Bindings, "ROOMS">, db: Database, teamId: string): Promise<void> {
  const people = (await db.select({ userId: member.userId }).from(member).where(eq(member.organizationId, teamId))).map(
    (r) => r.userId,
  );
  const bumps = await db.transaction(async (tx) => {
    const shares = await tx
      .delete(projectMembers)
      .where(eq(projectMembers.teamId, teamId))
      .returning({ projectId: projectMembers.projectId });
    return Promise.all(shares.map(({ projectId }) => bumpAccess(tx, projectId)));
  });
  await tellRooms(env, db, bumps, people);
}
