/** The invitations' wire types and schemas live in @wove/protocol (see Project.ts). */
export type { Invitation, MyInvitation as PendingInvitation } from "@wove/protocol";
