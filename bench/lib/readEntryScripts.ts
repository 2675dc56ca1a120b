/**
 * The scripts a built `index.html` has the browser fetch before anything runs: its module
 * entry (`<script type="module" src>`) and the chunks it preloads (`<link
 * rel="modulepreload" href>`), as written there (`/assets/index-abc123.js`), entry first.
 */
export function readEntryScripts(html: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const attributes = readAttributes(tag);
    const isScript = /^<script/i.test(tag);
    if (isScript && attributes.type === "module" && attributes.src) found.push(attributes.src);
    if (!isScript && attributes.rel === "modulepreload" && attributes.href) found.push(attributes.href);
  }
  return [...new Set(found)];
}

/** A tag's attributes, names lower-cased; a bare attribute (`crossorigin`) has the value "". */
function readAttributes(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const body = tag.replace(/^<\w+/, "").replace(/\/?>$/, "");
  for (const match of body.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    const [, name = "", double, single, bare] = match;
    attributes[name.toLowerCase()] = double ?? single ?? bare ?? "";
  }
  return attributes;
}
