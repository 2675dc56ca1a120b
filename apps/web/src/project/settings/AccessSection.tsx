import type { MemberList } from "../../api/Member.ts";
import type { Project } from "../../api/Project.ts";
import type { Capabilities } from "./capabilitiesFor.ts";
import { DeleteProject } from "./DeleteProject.tsx";
import { findOwnMember } from "./findOwnMember.ts";
import { LeaveProject } from "./LeaveProject.tsx";
import { MembersSection } from "./MembersSection.tsx";
import { TransferOwnership } from "./TransferOwnership.tsx";

/** Members, then what changes who holds the project: transfer, leave, delete. */
export function AccessSection({
  project,
  list,
  userId,
  can,
  onChanged,
  onTransferred,
}: {
  project: Project;
  list: MemberList;
  userId: string;
  can: Capabilities;
  onChanged: () => void;
  onTransferred: (project: Project) => void;
}) {
  const showZone = can.transfer || can.leave || can.delete;
  return (
    <>
      <MembersSection
        projectId={project.id}
        ownerId={project.owner.id}
        list={list}
        userId={userId}
        canManage={can.manageMembers}
        onChanged={onChanged}
      />
      {showZone && (
        <section className="card stack danger-zone" aria-labelledby="access-title">
          <h3 id="access-title">Ownership and access</h3>
          {can.transfer && (
            <TransferOwnership project={project} members={list.members} userId={userId} onTransferred={onTransferred} />
          )}
          {can.leave && (
            <LeaveProject
              project={project}
              ownMember={findOwnMember(list.members, userId)}
              isOwnerOfRecord={project.owner.id === userId}
            />
          )}
          {can.delete && <DeleteProject project={project} />}
        </section>
      )}
    </>
  );
}
