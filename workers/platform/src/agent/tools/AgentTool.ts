import type { z } from "zod";
import type { agentToolSchemas } from "./agentToolSchemas.ts";
import type { AgentToolName } from "./agentToolSpecs.ts";

/** A checked tool call: its name, and its arguments typed by that name. */
export type AgentTool = {
  [Name in AgentToolName]: { name: Name; args: z.output<(typeof agentToolSchemas)[Name]> };
}[AgentToolName];
