import type { MemberList } from "../../api/Member.ts";
import type { Project } from "../../api/Project.ts";
import { DeleteProject } from "./DeleteProject.tsx";
import { findOwnMember } from "./findOwnMember.ts";
import { LeaveProject } from "./LeaveProject.tsx";
import { MembersSection } from "./MembersSection.tsx";
import { TransferOwnership } from "./TransferOwnership.tsx";

/**
 * Members, then what changes who holds the project: transfer, leave, delete, each offered
 * as the project's `can` says. Leaving is shown to every member, with why when they cannot.
 */
export function AccessSection({
  project,
  list,
  userId,
  onChanged,
  onTransferred,
}: {
  project: Project;
  list: MemberList;
  userId: string;
  onChanged: () => void;
  onTransferred: (project: Project) => void;
}) {
  const { can } = project;
  const member = project.role !== null;
  const showZone = can.transfer || member || can.delete;
  return (
    <>
      <MembersSection
        projectId={project.id}
        ownerId={project.owner.id}
        list={list}
        userId={userId}
        canManage={can.manage}
        onChanged={onChanged}
      />
      {showZone && (
        <section className="card stack danger-zone" aria-labelledby="access-title">
          <h3 id="access-title">Ownership and access</h3>
          {can.transfer && (
            <TransferOwnership project={project} members={list.members} userId={userId} onTransferred={onTransferred} />
          )}
          {member && (
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
