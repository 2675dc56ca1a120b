/** What a saved key looks like to its owner: never more than its last four characters. */
export function maskKey(last4: string): string {
  return `••••${last4}`;
}
