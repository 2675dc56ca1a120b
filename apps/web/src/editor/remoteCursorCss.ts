/** What a collaborator's cursor needs to be drawn: their awareness id, name and colour. */
export interface RemoteCursorStyle {
  clientId: number;
  name: string;
  color: string;
}

const FALLBACK_COLOR = "#2563eb";
const MAX_LABEL_CHARS = 24;

/**
 * Class names of a collaborator's decorations. Client ids are integers, so the names
 * are always valid CSS identifiers.
 */
export const remoteCursorClasses = (clientId: number) => ({
  selection: `wove-remote-selection wove-remote-selection-${clientId}`,
  cursor: `wove-remote-cursor wove-remote-cursor-${clientId}`,
});

/** Class added to a caret on the first line, whose label goes below it (above, it would be cut off). */
export const CURSOR_BELOW_CLASS = "wove-remote-cursor-below";

// Awareness states come from other people's browsers: the colour must be a plain hex
// colour before it goes into a style sheet, or it could smuggle in other declarations.
export function safeColor(color: unknown): string {
  if (typeof color !== "string") return FALLBACK_COLOR;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})(?:[0-9a-f]{2})?$/i.exec(color.trim())?.[1];
  if (!hex) return FALLBACK_COLOR;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
  return `#${full.toLowerCase()}`;
}

/**
 * A CSS string literal holding `text`: quotes, backslashes, control characters and
 * angle brackets become escapes, so a name cannot end the string or the rule.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '"' || char === "\\") out += `\\${char}`;
    else if (code < 0x20 || code === 0x7f || char === "<" || char === ">") out += `\\${code.toString(16)} `;
    else out += char;
  }
  return `${out}"`;
}

/** The name shown beside a caret: trimmed, never empty, at most 24 characters. */
export function cursorLabel(name: unknown): string {
  const trimmed = typeof name === "string" ? name.replace(/\s+/g, " ").trim() : "";
  if (!trimmed) return "Someone";
  const chars = [...trimmed];
  return chars.length > MAX_LABEL_CHARS ? `${chars.slice(0, MAX_LABEL_CHARS - 1).join("")}…` : trimmed;
}

// The caret is Monaco's after-content span, absolutely placed in its line (so `height:
// 100%` is the line height); the label is its ::after, above the line.
const BASE_RULES = `.wove-remote-cursor{position:absolute;height:100%;border-left:2px solid;margin-left:-1px;box-sizing:border-box;pointer-events:none;z-index:2}
.wove-remote-cursor::after{position:absolute;left:-2px;bottom:100%;padding:0 4px;border-radius:3px 3px 3px 0;font:600 11px/16px system-ui,sans-serif;color:#fff;white-space:nowrap;pointer-events:none}
.${CURSOR_BELOW_CLASS}::after{bottom:auto;top:100%;border-radius:0 3px 3px 3px}`;

/** The style sheet for these collaborators' cursors, selections and name labels. */
export function remoteCursorCss(clients: readonly RemoteCursorStyle[]): string {
  if (clients.length === 0) return "";
  const rules = clients.map(({ clientId, name, color }) => {
    const hex = safeColor(color);
    const id = Math.trunc(clientId);
    return [
      `.wove-remote-selection-${id}{background-color:${hex}40}`,
      `.wove-remote-cursor-${id}{border-left-color:${hex}}`,
      `.wove-remote-cursor-${id}::after{content:${cssString(cursorLabel(name))};background-color:${hex}}`,
    ].join("\n");
  });
  return [BASE_RULES, ...rules].join("\n");
}
