/**
 * One turn of a conversation. Roles are the two every vendor shares; system text travels
 * separately (`ModelRequest.system`) because each vendor places it differently.
 */
export interface ChatMessage {
  role: "user" | "assistant";
  content: string;
}
