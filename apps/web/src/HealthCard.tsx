import type { PartStatus } from "@wove/protocol";
import { useHealth } from "./useHealth.ts";

const label: Record<PartStatus, string> = { ok: "OK", error: "Not answering" };

export function HealthCard() {
  const { state, refresh } = useHealth();
  return (
    <section className="card" aria-labelledby="health-title" aria-busy={state.kind === "loading"}>
      <div className="card__title">
        <h2 id="health-title">Platform</h2>
        <button type="button" onClick={refresh} disabled={state.kind === "loading"}>
          Check again
        </button>
      </div>
      {state.kind === "loading" && <p role="status">Checking the platform…</p>}
      {state.kind === "unreachable" && (
        <p role="alert" className="bad">
          Cannot reach the platform: {state.message}
        </p>
      )}
      {state.kind === "ready" && (
        <dl data-testid="health" data-status={state.health.status}>
          <dt>Status</dt>
          <dd className={state.health.status === "ok" ? "good" : "bad"}>
            {state.health.status === "ok" ? "All systems go" : "Degraded"}
          </dd>
          <dt>Database</dt>
          <dd className={state.health.db === "ok" ? "good" : "bad"}>{label[state.health.db]}</dd>
          <dt>Storage</dt>
          <dd className={state.health.storage === "ok" ? "good" : "bad"}>{label[state.health.storage]}</dd>
          <dt>Version</dt>
          <dd>{state.health.version}</dd>
        </dl>
      )}
    </section>
  );
}
