import { useAppConfig } from "../state/useAppConfig.ts";

/**
 * "Check your inbox" once the platform emailed `to` a link; locally, where emails land in
 * the dev mailbox, with a link to it.
 */
export function SentToInbox({ to, children }: { to: string; children: React.ReactNode }) {
  const { mode } = useAppConfig();
  return (
    <p role="status" className="success">
      {children}
      {mode === "local" && (
        <>
          {" "}
          Running locally, emails land in the{" "}
          <a href={`/api/dev/mailbox?to=${encodeURIComponent(to)}`} target="_blank" rel="noreferrer">
            dev mailbox
          </a>
          .
        </>
      )}
    </p>
  );
}
