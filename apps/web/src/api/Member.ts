import type { Member } from "@wove/protocol";

/** Members' wire types and schemas live in @wove/protocol (see Project.ts). */
export type { AddMemberResult, Member, MemberList, PendingInvitation } from "@wove/protocol";

/** The API numbers members (a serial). */
export type MemberId = Member["id"];
