import { HealthCard } from "./HealthCard.tsx";

export function App() {
  return (
    <main className="shell">
      <header className="shell__header">
        <img src="/icon.svg" alt="" width={40} height={40} />
        <h1>Wove</h1>
      </header>
      <p className="shell__lead">
        A local-first, collaborative browser IDE. Edit a project together, keep working offline, and deploy it to its
        own URL.
      </p>
      <HealthCard />
      <footer className="shell__footer">
        <a href="/api/health">API health (JSON)</a>
      </footer>
    </main>
  );
}
