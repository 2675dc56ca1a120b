export { RoomClient } from "./RoomClient.ts";
export type { RoomClientEvents, RoomClientOptions, RoomStatus } from "./RoomClient.ts";
export { backoffDelay, DEFAULT_BACKOFF } from "./backoffDelay.ts";
export type { Backoff } from "./backoffDelay.ts";
export { othersOf, setAgent, setCurrentFile, setCursor, setUser } from "./presence.ts";
export { assignColors, colorFor, keepColorDistinct, PALETTE, personKeyOf } from "./assignColors.ts";
export type { AgentPresence, Presence } from "./presence.ts";
export { persistDoc } from "./persistDoc.ts";
export type { DocPersistence } from "./persistDoc.ts";
