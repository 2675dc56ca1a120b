import { HealthCard } from "../HealthCard.tsx";
import { useDocumentTitle } from "../ui/useDocumentTitle.ts";

/** `/status`: the platform's health, reachable from every page's footer. */
export function StatusPage() {
  useDocumentTitle("Status");
  return (
    <div className="stack">
      <h2>Platform status</h2>
      <HealthCard />
    </div>
  );
}
