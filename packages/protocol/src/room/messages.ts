import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";

/**
 * The y-websocket wire protocol, unchanged so the stock client works:
 *
 *   frame     = type:varUint payload
 *   type      0 sync       payload = syncType:varUint data:varUint8Array
 *                          syncType 0 step 1 (state vector), 1 step 2 (update), 2 update
 *             1 awareness  payload = update:varUint8Array (see awarenessCodec)
 *             2 auth       payload = 0:varUint reason:varString  (permission denied, room to client)
 *                          payload = 1:varUint token:varString   (a fresh room token, client to room)
 *             3 query awareness (no payload)
 */
export const MessageType = { Sync: 0, Awareness: 1, Auth: 2, QueryAwareness: 3 } as const;
export const SyncType = { Step1: 0, Step2: 1, Update: 2 } as const;
/**
 * The auth message's sub-types. y-websocket defines only 0; 1 is Wove's, sent only by a
 * client that knows the room (the stock client never sends an auth message).
 */
export const AuthType = { PermissionDenied: 0, Token: 1 } as const;

export type RoomMessage =
  | { type: "sync-step1"; stateVector: Uint8Array }
  | { type: "sync-step2"; update: Uint8Array }
  | { type: "sync-update"; update: Uint8Array }
  | { type: "awareness"; update: Uint8Array }
  | { type: "query-awareness" }
  | { type: "auth"; reason: string }
  | { type: "auth-token"; token: string };

/** Reads one frame; throws on anything that is not a whole, known message. */
export function readRoomMessage(frame: Uint8Array): RoomMessage {
  const decoder = decoding.createDecoder(frame);
  const type = decoding.readVarUint(decoder);
  let message: RoomMessage;
  switch (type) {
    case MessageType.Sync: {
      const syncType = decoding.readVarUint(decoder);
      const data = decoding.readVarUint8Array(decoder);
      if (syncType === SyncType.Step1) message = { type: "sync-step1", stateVector: data };
      else if (syncType === SyncType.Step2) message = { type: "sync-step2", update: data };
      else if (syncType === SyncType.Update) message = { type: "sync-update", update: data };
      else throw new Error(`unknown sync message ${syncType}`);
      break;
    }
    case MessageType.Awareness:
      message = { type: "awareness", update: decoding.readVarUint8Array(decoder) };
      break;
    case MessageType.QueryAwareness:
      message = { type: "query-awareness" };
      break;
    case MessageType.Auth: {
      const authType = decoding.readVarUint(decoder);
      if (authType === AuthType.PermissionDenied) message = { type: "auth", reason: decoding.readVarString(decoder) };
      else if (authType === AuthType.Token) message = { type: "auth-token", token: decoding.readVarString(decoder) };
      else throw new Error(`unknown auth message ${authType}`);
      break;
    }
    default:
      throw new Error(`unknown message type ${type}`);
  }
  if (decoding.hasContent(decoder)) throw new Error("trailing bytes after the message");
  return message;
}

export function writeSyncMessage(syncType: (typeof SyncType)[keyof typeof SyncType], data: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Sync);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, data);
  return encoding.toUint8Array(encoder);
}

export function writeAwarenessMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Awareness);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** y-websocket's "permission denied": the client logs the reason and stays connected. */
export function writePermissionDenied(reason: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Auth);
  encoding.writeVarUint(encoder, AuthType.PermissionDenied);
  encoding.writeVarString(encoder, reason);
  return encoding.toUint8Array(encoder);
}

/** A fresh room token for an open socket, so it outlives the token it connected with. */
export function writeAuthToken(token: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Auth);
  encoding.writeVarUint(encoder, AuthType.Token);
  encoding.writeVarString(encoder, token);
  return encoding.toUint8Array(encoder);
}
