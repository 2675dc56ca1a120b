import { useAction } from "../ui/useAction.ts";
import type { Site } from "@wove/protocol";
import { deploymentsApi } from "./deploymentsApi.ts";

/**
 * The site's network grant: whether its Worker may fetch the internet. The owner turns it
 * on and off here (`PATCH /api/projects/:id/site {network}`), and the change applies to
 * the live version at once. The document's `meta.deploy.network` is only a request,
 * shown as a hint, since anyone who can edit may write it.
 */
export function SiteNetwork({
  projectId,
  site,
  canGrant,
  requested,
  onChanged,
}: {
  projectId: string;
  site: Site;
  canGrant: boolean;
  requested: boolean;
  onChanged: (site: Site) => void;
}) {
  const grant = useAction((network: boolean) => deploymentsApi.setSiteNetwork(projectId, network));
  const toggle = async (network: boolean) => {
    const result = await grant.run(network);
    if (result.ok) onChanged(result.value);
  };
  const explanation = site.network
    ? "The site's Worker may fetch public http(s) addresses, through Wove's gateway: never private, local or link-local addresses, nor Wove itself, and at most 50 requests per visit."
    : "The site's Worker cannot fetch anything or open sockets.";

  return (
    <section className="deploy-network" aria-label="Network">
      {canGrant ? (
        <label className="deploy-network__toggle">
          <input
            type="checkbox"
            checked={site.network}
            disabled={grant.pending}
            onChange={(event) => void toggle(event.target.checked)}
            data-testid="site-network"
          />
          Let the site&apos;s Worker reach the internet
        </label>
      ) : (
        <p>
          <span className="muted">Network</span> {site.network ? "granted by the owner" : "off"}
        </p>
      )}
      <p className="muted" data-testid="site-network-explanation">
        {explanation}
        {canGrant ? " A change applies to the live version at once." : ""}
      </p>
      {requested && !site.network && (
        <p className="deploy-site__public" data-testid="site-network-hint">
          This project asks for network access (meta.deploy.network).{" "}
          {canGrant
            ? "Deploys ignore that setting: grant it here if you trust the project's code."
            : "The owner grants it in Site settings."}
        </p>
      )}
      {grant.error && (
        <p className="error" role="alert">
          {grant.error.message}
        </p>
      )}
    </section>
  );
}
