import { useState, type FormEvent } from "react";
import { describeFormError } from "../api/describeFormError.ts";
import type { Visibility } from "../api/Project.ts";
import { useAction } from "../ui/useAction.ts";
import type { Site } from "@wove/protocol";
import { deploymentsApi } from "./deploymentsApi.ts";
import { formatSiteUrl } from "./formatDeployment.ts";

/**
 * The site's address, and for the owner a field to rename it. The server's checks (a DNS
 * label, not taken) are the only ones: its message shows beside the field.
 */
export function SiteName({
  projectId,
  site,
  visibility,
  canRename,
  onRenamed,
}: {
  projectId: string;
  site: Site;
  visibility: Visibility;
  canRename: boolean;
  onRenamed: (site: Site) => void;
}) {
  const [name, setName] = useState(site.name);
  const rename = useAction((next: string) => deploymentsApi.renameSite(projectId, next));
  const errors = describeFormError(rename.error, ["name"]);
  const fieldError = errors.fields.name ?? (rename.error?.status === 409 ? rename.error.message : undefined);
  const summary = fieldError === rename.error?.message ? null : errors.summary;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await rename.run(name.trim());
    if (result.ok) {
      setName(result.value.name);
      onRenamed(result.value);
    }
  };

  return (
    <section className="deploy-site" aria-label="Site">
      <p className="deploy-site__url">
        <span className="muted">Site</span>{" "}
        {site.activeDeploymentId ? (
          <a href={site.url} target="_blank" rel="noopener noreferrer" data-testid="site-url">
            {formatSiteUrl(site.url)}
          </a>
        ) : (
          // No link before a version is live: it would open a "No site here" page.
          <span data-testid="site-url-pending">
            {formatSiteUrl(site.url)}{" "}
            <span className="muted">(not live yet: it goes up with the first deploy that succeeds)</span>
          </span>
        )}
      </p>
      {canRename && (
        <form className="deploy-site__form" onSubmit={(event) => void submit(event)} noValidate>
          <label htmlFor="deploy-site-name" className="muted">
            Site name
          </label>
          <div className="deploy-site__row">
            <input
              id="deploy-site-name"
              value={name}
              onChange={(event) => {
                setName(event.target.value);
                rename.clearError();
              }}
              aria-invalid={fieldError ? true : undefined}
              aria-describedby={fieldError ? "deploy-site-name-error" : undefined}
              spellCheck={false}
              autoComplete="off"
            />
            <button
              type="submit"
              className="button button--small"
              disabled={rename.pending || name.trim() === site.name}
            >
              {rename.pending ? "Renaming…" : "Rename"}
            </button>
          </div>
          {fieldError && (
            <p id="deploy-site-name-error" className="field__error" role="alert">
              {fieldError}
            </p>
          )}
          {summary && (
            <p className="error" role="alert">
              {summary}
            </p>
          )}
        </form>
      )}
      {visibility !== "public" && (
        <p className="deploy-site__public" data-testid="deploy-public-note">
          Deployments are public: anyone with the address can open the site, although this project is {visibility}.
        </p>
      )}
    </section>
  );
}
