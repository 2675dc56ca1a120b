import type { ReactNode } from "react";
import type { MemberList } from "../../api/Member.ts";
import { ErrorMessage } from "../../ui/ErrorMessage.tsx";
import { Loading } from "../../ui/Loading.tsx";
import type { ResourceState } from "../../ui/useResource.ts";

/** The member list once it has loaded; while loading or failed, says so in its place. */
export function MembersPanel({
  state,
  onRetry,
  children,
}: {
  state: ResourceState<MemberList>;
  onRetry: () => void;
  children: (list: MemberList) => ReactNode;
}) {
  if (state.status === "ready") return children(state.data);
  if (state.status === "loading") return <Loading label="Loading members…" />;
  return (
    <div className="stack">
      <ErrorMessage message={state.error.message} />
      <div>
        <button type="button" className="button" onClick={onRetry}>
          Load members again
        </button>
      </div>
    </div>
  );
}
