import { Link } from "react-router";
import { authHref } from "../auth/returnPath.ts";
import type { RoomState } from "./useRoomState.ts";

/** Lasting conditions worth a banner: view-only, a session that ended, access removed. */
export function IdeBanners({
  room,
  canEdit,
  projectId,
  pending,
}: {
  room: RoomState;
  /** The project's `can.edit`: the server's word on whether this person may change files. */
  canEdit: boolean;
  projectId: string;
  /** Created offline and not yet on the server: the room cannot exist yet. */
  pending: boolean;
}) {
  const here = `/p/${encodeURIComponent(projectId)}`;
  if (pending) {
    return (
      <p className="ide-banner" role="note">
        This project was created on this device and is not on the server yet. Keep working: it is created, and your
        files sync, once you are online.
      </p>
    );
  }
  if (room.accessLost === "signed-out") {
    return (
      <p className="ide-banner ide-banner--bad" role="alert">
        Your session has ended. Your edits are kept on this device and sync once you{" "}
        <Link to={authHref("/sign-in", { next: here })}>sign in again</Link>.
      </p>
    );
  }
  if (room.accessLost === "no-access" || room.closed === "AccessRevoked" || room.closed === "Forbidden") {
    return (
      <p className="ide-banner ide-banner--bad" role="alert">
        You no longer have access to this project. Anything you typed since is kept on this device only.
      </p>
    );
  }
  if (room.closed === "NotFound") {
    return (
      <p className="ide-banner ide-banner--bad" role="alert">
        This project was deleted. What you see is the copy saved on this device.
      </p>
    );
  }
  if (room.closed === "DocumentTooLarge") {
    return (
      <p className="ide-banner ide-banner--bad" role="alert">
        This project has reached the largest size a project can sync. Your latest edits are kept on this device only:
        delete large files to sync again.
      </p>
    );
  }
  if (room.closed === "TooManyConnections") {
    return (
      <p className="ide-banner ide-banner--bad" role="alert">
        This project is open in too many tabs from your network. Close some of them and reload this page to see changes
        live again.
      </p>
    );
  }
  if (room.closed === "InvalidPath" || room.closed === "PresenceTooLarge" || room.closed === "ServerOwned") {
    return (
      <p className="ide-banner ide-banner--bad" role="alert">
        The server refused a change from this device ({refusedChange[room.closed]}). Your latest edits are kept on this
        device only.
      </p>
    );
  }
  if (!canEdit || room.denied) {
    return (
      <p className="ide-banner" role="note">
        You are a viewer of this project: you see every change live, but you cannot edit.
      </p>
    );
  }
  return null;
}

/** What the room refused, by its close reason, in words. */
const refusedChange = {
  InvalidPath: "a file path it does not accept",
  PresenceTooLarge: "presence information too large",
  ServerOwned: "a change to the agent's runs, which only the server writes",
} as const;
