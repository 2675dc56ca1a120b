import { Link } from "react-router";

export function AppFooter() {
  return (
    <footer className="footer">
      <Link to="/status">Platform status</Link>
      <a href="/api/health">API health (JSON)</a>
    </footer>
  );
}
