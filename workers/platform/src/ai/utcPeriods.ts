/** The UTC day and month `now` falls in: budgets reset at 00:00 UTC, the same moment everywhere. */
export function utcPeriods(now = new Date()): { dayStart: Date; dayEnd: Date; monthStart: Date } {
  const [y, m, d] = [now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()];
  return {
    dayStart: new Date(Date.UTC(y, m, d)),
    dayEnd: new Date(Date.UTC(y, m, d + 1)),
    monthStart: new Date(Date.UTC(y, m, 1)),
  };
}
