import { useAppConfig } from "../state/useAppConfig.ts";

/**
 * "Check your inbox" once the platform emailed `to` a link; locally, where emails land in
 * the dev mailbox, with a link to it. The mailbox answers only to the key `npm start`
 * prints (kept in a cookie once that URL is opened), so the text says to open that first:
 * without it the link is a 404.
 */
export function SentToInbox({ to, children }: { to: string; children: React.ReactNode }) {
  const { mode } = useAppConfig();
  return (
    <p role="status" className="success">
      {children}
      {mode === "local" && (
        <>
          {" "}
          Running locally, emails land in the dev mailbox. Open the link <code>npm start</code> printed in your terminal
          ("Dev mailbox: …?key=…") once; after that this{" "}
          <a href={`/api/dev/mailbox?to=${encodeURIComponent(to)}`} target="_blank" rel="noreferrer">
            dev mailbox
          </a>{" "}
          link works in this browser.
        </>
      )}
    </p>
  );
}
