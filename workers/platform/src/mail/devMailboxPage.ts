/** A message as the dev mailbox lists it. */
export interface ListedMessage {
  to: string;
  subject: string;
  text: string;
  createdAt: Date | string;
}

/** The policy the page is sent with: its own inline styles, nothing else (no script at all). */
export const DEV_MAILBOX_PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; frame-ancestors 'none'";

const URL_IN_TEXT = /https?:\/\/[^\s<>"']+/g;

/**
 * The dev mailbox as a page, for a person who opened the link `npm start` printed: each
 * message with its links clickable, newest first. Every byte of a message is escaped:
 * subjects and bodies carry names people chose (a project's, an inviter's).
 */
export function devMailboxPage(messages: readonly ListedMessage[]): string {
  const items = messages.map(
    (message) => `<li><h2>${escapeHtml(message.subject)}</h2>
<p class="meta">To ${escapeHtml(message.to)} · ${escapeHtml(new Date(message.createdAt).toLocaleString("en-GB", { timeZone: "UTC" }))} UTC</p>
<pre>${linkify(message.text)}</pre></li>`,
  );
  const body = items.length
    ? `<ol>${items.join("\n")}</ol>`
    : `<p>No mail yet. Sign-up confirmations, sign-in links and invitations land here.</p>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dev mailbox · Wove</title>
<style>body{font:15px system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#0f172a}
ol{list-style:none;padding:0}li{border:1px solid #e2e8f0;border-radius:8px;padding:0.75rem 1rem;margin:0 0 1rem}
h2{font-size:1.05rem;margin:0}.meta{color:#475569;margin:0.25rem 0 0.5rem;font-size:0.85rem}
pre{white-space:pre-wrap;word-break:break-all;font:inherit;margin:0}a{color:#0369a1}</style></head>
<body><h1>Dev mailbox</h1><p class="meta">Mail this local Wove "sent", newest first. Reload for new mail.</p>${body}</body></html>`;
}

/** `text`, escaped, with each http(s) URL in it a link. */
function linkify(text: string): string {
  let out = "";
  let at = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const url = match[0];
    out += escapeHtml(text.slice(at, match.index));
    out += `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;
    at = match.index + url.length;
  }
  return out + escapeHtml(text.slice(at));
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
