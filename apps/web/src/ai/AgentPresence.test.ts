import { afterEach, describe, expect, it, vi } from "vitest";
import { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { AgentPresence } from "./AgentPresence.ts";

afterEach(() => vi.useRealTimers());

describe("AgentPresence", () => {
  it("shows the AI answering, then in the file it edited for a while, then gone", () => {
    vi.useFakeTimers();
    const awareness = new Awareness(new Y.Doc());
    const agent = new AgentPresence(awareness);
    const agentState = () => awareness.getLocalState()?.agent as unknown;
    const done = agent.startAnswering();
    expect(agentState()).toEqual({ name: "AI", activity: "answering", file: null });
    agent.edited("f1", 1000);
    done();
    expect(agentState()).toEqual({ name: "AI", activity: "editing", file: "f1" });
    vi.advanceTimersByTime(1000);
    expect(agentState()).toBeNull();
    agent.dispose();
    awareness.destroy();
  });
});
