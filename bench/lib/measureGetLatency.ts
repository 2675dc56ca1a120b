/**
 * Milliseconds for a GET (sent until its body is read) to each URL, in rounds of one request
 * to each, one at a time, the order rotating every round, so a change in load hits all alike.
 * Any status counts: what is timed is the trip, not the answer.
 */
export async function measureGetLatency<Name extends string>(
  urls: Record<Name, string>,
  warmupRounds: number,
  rounds: number,
): Promise<Record<Name, number[]>> {
  const names = Object.keys(urls) as Name[];
  const result = {} as Record<Name, number[]>;
  for (const name of names) result[name] = [];
  for (let round = 0; round < warmupRounds + rounds; round++) {
    const shift = round % names.length;
    for (const name of [...names.slice(shift), ...names.slice(0, shift)]) {
      const started = performance.now();
      await (await fetch(urls[name])).arrayBuffer();
      if (round >= warmupRounds) result[name].push(performance.now() - started);
    }
  }
  return result;
}
