import { Link } from "react-router";
import { useDocumentTitle } from "../ui/useDocumentTitle.ts";

export function NotFoundPage() {
  useDocumentTitle("Not found");
  return (
    <div className="stack">
      <h2>Nothing here</h2>
      <p>
        This address does not match a page. <Link to="/">Go to your projects</Link>.
      </p>
    </div>
  );
}
