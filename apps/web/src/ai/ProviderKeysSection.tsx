import { useState } from "react";
import { describeFormError } from "../api/describeFormError.ts";
import { ErrorMessage } from "../ui/ErrorMessage.tsx";
import { SubmitButton } from "../ui/SubmitButton.tsx";
import { TextField } from "../ui/TextField.tsx";
import { useAction } from "../ui/useAction.ts";
import { useResource } from "../ui/useResource.ts";
import {
  KEY_PROVIDERS,
  listKeys,
  removeKey,
  saveKey,
  testKey,
  type KeyProvider,
  type KeyTest,
  type SavedKey,
} from "./providerKeysApi.ts";
import "./ProviderKeysSection.css";

/**
 * The settings section for a person's own AI keys: per vendor, add or replace a key (sent
 * once, stored encrypted, shown masked from then on), test it against the vendor, remove
 * it. Own keys serve only this person's questions, in place of the platform's for that vendor.
 */
export function ProviderKeysSection() {
  const keys = useResource("ai-keys", listKeys);
  const saved = keys.state.status === "ready" ? keys.state.data.keys : [];
  const replace = (provider: KeyProvider, key: SavedKey | null) =>
    keys.set({ keys: [...saved.filter((k) => k.provider !== provider), ...(key ? [key] : [])] });
  return (
    <section className="card stack" id="ai-keys" aria-labelledby="ai-keys-title">
      <h3 id="ai-keys-title">AI keys</h3>
      <p className="muted">
        Your own key for a vendor answers your questions to its models, in place of the platform's. It is stored
        encrypted and never shown again: only its last four characters.
      </p>
      {keys.state.status === "loading" && <p className="muted">Loading your keys…</p>}
      {keys.state.status === "error" && <ErrorMessage message={keys.state.error.message} />}
      {keys.state.status === "ready" &&
        KEY_PROVIDERS.map((provider) => (
          <ProviderKeyRow
            key={provider.id}
            provider={provider}
            saved={saved.find((k) => k.provider === provider.id) ?? null}
            onChange={(key) => replace(provider.id, key)}
          />
        ))}
    </section>
  );
}

function ProviderKeyRow({
  provider,
  saved,
  onChange,
}: {
  provider: (typeof KEY_PROVIDERS)[number];
  saved: SavedKey | null;
  onChange: (key: SavedKey | null) => void;
}) {
  const [draft, setDraft] = useState("");
  const [tested, setTested] = useState<KeyTest | null>(null);
  const save = useAction(() => saveKey(provider.id, draft.trim()));
  const remove = useAction(() => removeKey(provider.id));
  const test = useAction(() => testKey(provider.id));
  const view = describeFormError(save.error, ["apiKey"]);
  const titleId = `ai-key-${provider.id}`;
  return (
    <div className="stack ai-key" role="group" aria-labelledby={titleId}>
      <div className="row">
        <h4 id={titleId} className="ai-key__name">
          {provider.label}
        </h4>
        <span data-testid={`ai-key-${provider.id}`} className={saved ? "" : "muted"}>
          {saved ? `${saved.key}, saved ${new Date(saved.updatedAt).toLocaleDateString()}` : "No key"}
        </span>
      </div>
      <form
        className="row row--fields"
        onSubmit={(event) => {
          event.preventDefault();
          setTested(null);
          void save.run().then((result) => {
            if (!result.ok) return;
            setDraft("");
            onChange(result.value);
          });
        }}
      >
        <TextField
          label={saved ? `New ${provider.label} key` : `${provider.label} API key`}
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={draft}
          onChange={setDraft}
          hint={`From ${provider.where}.`}
          error={view.fields.apiKey}
        />
        <SubmitButton pending={save.pending} pendingLabel="Saving…" disabled={!draft.trim()}>
          {saved ? "Replace key" : "Save key"}
        </SubmitButton>
      </form>
      <ErrorMessage message={view.summary} />
      {saved && (
        <div className="row">
          <button
            type="button"
            className="button"
            disabled={test.pending}
            onClick={() => void test.run().then((result) => setTested(result.ok ? result.value : null))}
          >
            {test.pending ? "Testing…" : `Test ${provider.label} key`}
          </button>
          <button
            type="button"
            className="button button--danger"
            disabled={remove.pending}
            onClick={() =>
              void remove.run().then((result) => {
                if (!result.ok) return;
                setTested(null);
                onChange(null);
              })
            }
          >
            {remove.pending ? "Removing…" : `Remove ${provider.label} key`}
          </button>
        </div>
      )}
      {tested && (
        <p role="status" className={tested.ok ? "success" : "error"} data-testid={`ai-key-test-${provider.id}`}>
          {tested.ok ? `Works: ${tested.message}` : `Does not work: ${tested.message}`}
        </p>
      )}
      <ErrorMessage message={test.error?.message ?? remove.error?.message} />
    </div>
  );
}
