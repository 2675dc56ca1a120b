/**
 * Where the IDE last laid out its editor, kept in localStorage for the editor shown before
 * the app renders (openEarlyEditor), so it stands where the app will put it and does not
 * jump when the app takes it over. Vertical edges in pixels (the header and status bar do
 * not scale), horizontal ones as fractions of the window's width (the panes do).
 */
const KEY = "wove:editor-place";

interface EditorPlace {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Remembers where `element` (the IDE's editor) is in the window. */
export function saveEditorPlace(element: HTMLElement): void {
  const rect = element.getBoundingClientRect();
  const { innerWidth: width, innerHeight: height } = window;
  if (rect.width <= 0 || rect.height <= 0 || width <= 0) return;
  const place: EditorPlace = {
    top: rect.top,
    bottom: height - rect.bottom,
    left: rect.left / width,
    right: (width - rect.right) / width,
  };
  try {
    localStorage.setItem(KEY, JSON.stringify(place));
  } catch {
    // Only a hint: without it the early editor stands where the default layout has it.
  }
}

/** Puts `frame` where the IDE's editor last was; leaves it to its stylesheet when that is not known. */
export function placeEarlyEditor(frame: HTMLElement): void {
  const place = readPlace();
  if (!place) return;
  frame.style.top = `${place.top}px`;
  frame.style.bottom = `${place.bottom}px`;
  frame.style.left = `${place.left * 100}vw`;
  frame.style.right = `${place.right * 100}vw`;
}

function readPlace(): EditorPlace | undefined {
  try {
    const place = JSON.parse(localStorage.getItem(KEY) ?? "null") as Partial<EditorPlace> | null;
    if (!place) return undefined;
    const { top, bottom, left, right } = place;
    const pixels = [top, bottom].every((v) => typeof v === "number" && v >= 0 && v < window.innerHeight / 2);
    const fractions = [left, right].every((v) => typeof v === "number" && v >= 0 && v < 0.5);
    return pixels && fractions ? (place as EditorPlace) : undefined;
  } catch {
    return undefined;
  }
}
