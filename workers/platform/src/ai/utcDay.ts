/** The UTC day `now` falls in, `YYYY-MM-DD`: the unit of the daily budgets. */
export function utcDay(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
