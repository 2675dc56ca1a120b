/** A plain page the platform answers on a site's behalf (unknown site, missing page, crash). */
export function sitePage(status: number, title: string, message: string): Response {
  const escape = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escape(title)}</title><body style="font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:15vh auto;padding:0 1rem;color:#222"><h1>${escape(title)}</h1><p>${escape(message)}</p><p style="color:#777">Served by Wove</p></body></html>`;
  return new Response(html, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "X-Wove-Site": "platform" },
  });
}
