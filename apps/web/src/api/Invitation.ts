/** The invitation's wire type and schema live in @wove/protocol (see Project.ts). */
export type { Invitation } from "@wove/protocol";
