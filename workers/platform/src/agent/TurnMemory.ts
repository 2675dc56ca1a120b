import type { Database } from "@wove/db";
import type { RunPerson } from "@wove/protocol";
import type { AgentState } from "./AgentState.ts";

/**
 * What one Workflow invocation carries from a turn to the next, so a turn does not pay again
 * for what the last one had: the database connection (opening one costs more than a turn's
 * queries together), the person who started the run, and the state the last turn saved.
 * Only a cache: R2 and Postgres stay the record, and an invocation that starts after a crash,
 * a sleep or an approval starts with an empty memory and reads them.
 */
export interface TurnMemory {
  db: Database;
  starter?: RunPerson;
  /**
   * The state as the last turn saved it, handed to the next turn once (taken, not read): a
   * turn that fails halfway leaves nothing here, and its retry loads the saved state from R2.
   */
  saved?: AgentState;
}
