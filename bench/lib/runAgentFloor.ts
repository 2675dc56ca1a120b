import type { Behaviour, FakeServer } from "../../packages/ai/src/test/startFakeServer.ts";
import { exchangesOf, gapsOf, newMarker } from "./AgentBenchSetup.ts";
import { sleep } from "./openClient.ts";
import type { FixtureWorker } from "./startFixtureWorker.ts";
import type { TimingProxy } from "./startTimingProxy.ts";

export type FloorWay = "workflow" | "loop";

let floors = 0;

/**
 * One run of the agent floor (fixtures/agentFloorWorker.ts) over `bodies`, the requests a run
 * of ours sent (its marker `from` swapped for a new one), the fake answering each with
 * `answers`: a Workflow with a step per turn, or a plain loop in one request. Answers the gaps
 * between each answer's end and the next request, timed by the proxy as ours are.
 */
export async function runAgentFloor(
  way: FloorWay,
  { floor, fake, proxy }: { floor: FixtureWorker; fake: FakeServer; proxy: TimingProxy },
  { bodies, from, answers }: { bodies: string[]; from: string; answers: Behaviour[] },
): Promise<number[]> {
  const marker = newMarker();
  fake.nextMatching(marker, ...answers);
  const sent = bodies.map((body) => body.replaceAll(from, marker));
  if (way === "loop") {
    const res = await fetch(new URL("/loop", floor.url), { method: "POST", body: JSON.stringify({ bodies: sent }) });
    if (!res.ok) throw new Error(`the floor loop failed: ${res.status} ${await res.text()}`);
  } else {
    const id = `floor-${++floors}`;
    const res = await fetch(new URL("/workflows", floor.url), {
      method: "POST",
      body: JSON.stringify({ id, bodies: sent }),
    });
    if (res.status !== 202) throw new Error(`the floor Workflow did not start: ${res.status} ${await res.text()}`);
    await whenWorkflowDone(floor, id, () => exchangesOf(proxy, marker).filter((e) => e.answered).length >= sent.length);
  }
  const exchanges = exchangesOf(proxy, marker);
  if (exchanges.length !== sent.length)
    throw new Error(`the floor sent ${exchanges.length} of ${sent.length} requests`);
  return gapsOf(exchanges);
}

/** Polls the instance's status only once every answer went out, so polling does not compete with the turns. */
async function whenWorkflowDone(floor: FixtureWorker, id: string, answeredAll: () => boolean): Promise<void> {
  for (let waited = 0; !answeredAll(); waited += 20) {
    if (waited > 60_000) throw new Error(`the floor Workflow ${id} stalled`);
    await sleep(20);
  }
  for (let polls = 0; polls < 500; polls++) {
    const status = (await (await fetch(new URL(`/workflows/${id}`, floor.url))).json()) as {
      status: string;
      error?: unknown;
    };
    if (status.status === "complete") return;
    if (status.status === "errored" || status.status === "terminated")
      throw new Error(`the floor Workflow ${id} ${status.status}: ${JSON.stringify(status.error)}`);
    await sleep(20);
  }
  throw new Error(`the floor Workflow ${id} did not complete`);
}
