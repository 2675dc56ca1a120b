import type { Visibility } from "../api/Project.ts";
import { formatShortcut, isApple } from "../ide/shortcut.ts";
import { ideShortcuts } from "../ide/ideShortcuts.ts";
import { useDeployStore } from "./useDeployStore.ts";
import { useStartDeploy } from "./useStartDeploy.ts";

/** The header's Deploy button (editors and owners): asks for a deploy and shows the Deploys panel. */
export function DeployButton({ projectId, visibility }: { projectId: string; visibility: Visibility }) {
  const starting = useDeployStore((s) => s.starting);
  const start = useStartDeploy();
  const keys = formatShortcut(ideShortcuts.deploy, isApple(navigator.platform));
  const title = `Deploy to the project's site (${keys})`;
  return (
    <button
      type="button"
      className="button button--primary button--small"
      disabled={starting}
      onClick={() => void start(projectId)}
      title={visibility === "public" ? title : `${title}. The site is public, although the project is ${visibility}`}
    >
      {starting ? "Deploying…" : "Deploy"}
    </button>
  );
}
