/**
 * The project's wire types and schemas live in @wove/protocol, beside the Worker that
 * answers them; they are named here too so the app's many imports stay short.
 */
export { ProjectRole, Visibility, type Project, type ProjectCan, type ProjectList } from "@wove/protocol";

export const NAME_MAX = 100;
export const DESCRIPTION_MAX = 1000;
