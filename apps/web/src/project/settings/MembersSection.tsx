import type { MemberList } from "../../api/Member.ts";
import { InvitationRow } from "./InvitationRow.tsx";
import { InviteForm } from "./InviteForm.tsx";
import { MemberRow } from "./MemberRow.tsx";

/** Members and pending invitations; owners also change roles, remove and invite. */
export function MembersSection({
  projectId,
  ownerId,
  list,
  userId,
  canManage,
  onChanged,
}: {
  projectId: string;
  ownerId: string;
  list: MemberList;
  userId: string;
  canManage: boolean;
  onChanged: () => void;
}) {
  return (
    <section className="card stack" aria-labelledby="members-title">
      <h3 id="members-title">Members</h3>
      <ul className="member-list">
        {list.members.map((member) => (
          <MemberRow
            key={member.id}
            projectId={projectId}
            member={member}
            isYou={member.user?.id === userId}
            isOwnerOfRecord={member.user?.id === ownerId}
            canManage={canManage}
            onChanged={onChanged}
          />
        ))}
      </ul>
      {/* The API lists invitations (emails of people without access yet) only to owners. */}
      {canManage && (
        <section aria-labelledby="invitations-title" className="stack">
          <h4 id="invitations-title">Pending invitations</h4>
          {list.invitations.length === 0 ? (
            <p className="empty">No pending invitations.</p>
          ) : (
            <ul className="member-list">
              {list.invitations.map((invitation) => (
                <InvitationRow
                  key={invitation.id}
                  projectId={projectId}
                  invitation={invitation}
                  onChanged={onChanged}
                />
              ))}
            </ul>
          )}
        </section>
      )}
      {canManage && <InviteForm projectId={projectId} onInvited={onChanged} />}
    </section>
  );
}
