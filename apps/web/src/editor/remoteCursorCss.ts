/** What a collaborator's cursor needs to be drawn: their awareness id, name and colour, and where its label goes. */
export interface RemoteCursorStyle {
  clientId: number;
  name: string;
  color: string;
  place?: LabelPlace;
}

/**
 * Where a caret's name label goes: above the line and to the right of the caret unless
 * that would cut it off at the editor's edge (Monaco clips its lines to the editor), then
 * below the line (`below`) or to the left of the caret (`flip`).
 */
export interface LabelPlace {
  below: boolean;
  flip: boolean;
}

/** The label's line height, in px (the `font` of the base rules). */
export const LABEL_HEIGHT = 16;
/** The label's font, for measuring its width. */
export const LABEL_FONT = "600 11px system-ui, sans-serif";
/** The label's horizontal padding, both sides together, in px. */
export const LABEL_PADDING = 8;

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

/**
 * Where a label of `labelWidth` px fits, for a caret at `caret` (px from the editor's
 * top-left corner, as Monaco's `getScrolledVisiblePosition` answers) in an editor whose
 * text shows `viewWidth` px wide (up to its scrollbar or minimap).
 */
export function placeLabel(caret: { top: number; left: number }, viewWidth: number, labelWidth: number): LabelPlace {
  const below = caret.top < LABEL_HEIGHT;
  // To the left only where it then fits: in an editor too narrow for either, the start of
  // a name shows rather than its end.
  const flip = caret.left + labelWidth > viewWidth && caret.left - labelWidth >= 0;
  return { below, flip };
}

const CORNERS = {
  above: "3px 3px 3px 0",
  aboveFlipped: "3px 3px 0 3px",
  below: "0 3px 3px 3px",
  belowFlipped: "3px 0 3px 3px",
};

/** The declarations that move a label from its usual place (above, to the right), if any. */
function placeDeclarations({ below, flip }: LabelPlace): string[] {
  if (!below && !flip) return [];
  const corners = below ? (flip ? CORNERS.belowFlipped : CORNERS.below) : CORNERS.aboveFlipped;
  return [
    ...(below ? ["bottom:auto", "top:100%"] : []),
    ...(flip ? ["left:auto", "right:-2px"] : []),
    `border-radius:${corners}`,
  ];
}

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
.wove-remote-cursor::after{position:absolute;left:-2px;bottom:100%;padding:0 ${LABEL_PADDING / 2}px;border-radius:${CORNERS.above};font:600 11px/${LABEL_HEIGHT}px system-ui,sans-serif;color:#fff;white-space:nowrap;pointer-events:none}`;

/** The style sheet for these collaborators' cursors, selections and name labels. */
export function remoteCursorCss(clients: readonly RemoteCursorStyle[]): string {
  if (clients.length === 0) return "";
  const rules = clients.map(({ clientId, name, color, place }) => {
    const hex = safeColor(color);
    const id = Math.trunc(clientId);
    return [
      `.wove-remote-selection-${id}{background-color:${hex}40}`,
      `.wove-remote-cursor-${id}{border-left-color:${hex}}`,
      `.wove-remote-cursor-${id}::after{${[
        `content:${cssString(cursorLabel(name))}`,
        `background-color:${hex}`,
        ...(place ? placeDeclarations(place) : []),
      ].join(";")}}`,
    ].join("\n");
  });
  return [BASE_RULES, ...rules].join("\n");
}
