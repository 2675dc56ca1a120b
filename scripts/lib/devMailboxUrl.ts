/**
 * The dev mailbox's address as the launcher prints it, with this start's key: the line a
 * person opens, and the one the e2e harness reads back (`findDevMailboxUrl`).
 */
export function devMailboxUrl(origin: string, key: string): string {
  return `${origin}/api/dev/mailbox?key=${encodeURIComponent(key)}`;
}

/** The mailbox URL in the launcher's output, or undefined before it printed one. */
export function findDevMailboxUrl(output: string): string | undefined {
  return /^\[wove\] Dev mailbox \(magic links, invitations\): (\S+)$/m.exec(output)?.[1];
}
