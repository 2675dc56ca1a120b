import { create } from "zustand";

export type NoticeTone = "info" | "error";

/** A message to the person: a passing one, or one that confirms what took them to a page. */
export interface Notice {
  id: number;
  tone: NoticeTone;
  text: string;
  /**
   * The page it belongs to ("You left Demo" on the dashboard): it shows only there and is
   * dropped once the person moves on. Null for a passing notice (an upload, a refused
   * paste), which shows wherever the person is and goes by itself.
   */
  path: string | null;
  /** A page's notice that has been on screen: leaving the page drops it. */
  shown: boolean;
}

interface NoticesState {
  notices: Notice[];
  notify: (text: string, options?: { tone?: NoticeTone; path?: string }) => void;
  dismiss: (id: number) => void;
  /**
   * The person is at `pathname`: a page's notice shows once they are on its page, and goes
   * once they have seen it and moved on (never one set just before going to its page).
   */
  arrive: (pathname: string) => void;
  /** Drops the passing notices: they were about another project. */
  clearPassing: () => void;
}

/** How many notices show at once: the oldest go first. */
const MAX_NOTICES = 4;
/** Errors stay longer: they are read, then acted on. */
const PASSING_MS = { info: 5_000, error: 10_000 } as const;

let nextNotice = 1;

/** Every notice the app shows, for the one NoticeStack on each page. */
export const useNotices = create<NoticesState>()((set, get) => ({
  notices: [],
  notify: (text, { tone = "info", path } = {}) => {
    const id = nextNotice++;
    const notice: Notice = { id, tone, text, path: path ?? null, shown: false };
    set((s) => ({ notices: [...s.notices.slice(1 - MAX_NOTICES), notice] }));
    if (path === undefined) setTimeout(() => get().dismiss(id), PASSING_MS[tone]);
  },
  dismiss: (id) =>
    set((s) => (s.notices.some((n) => n.id === id) ? { notices: s.notices.filter((n) => n.id !== id) } : s)),
  arrive: (pathname) =>
    set((s) => {
      const left = (n: Notice) => n.path !== null && n.shown && n.path !== pathname;
      const seen = (n: Notice) => n.path === pathname && !n.shown;
      if (!s.notices.some((n) => left(n) || seen(n))) return s;
      return { notices: s.notices.filter((n) => !left(n)).map((n) => (seen(n) ? { ...n, shown: true } : n)) };
    }),
  clearPassing: () =>
    set((s) => (s.notices.some((n) => n.path === null) ? { notices: s.notices.filter((n) => n.path !== null) } : s)),
}));

/** The notices to show at `pathname`: the passing ones and that page's own. */
export function visibleNotices(notices: Notice[], pathname: string): Notice[] {
  return notices.filter((n) => n.path === null || n.path === pathname);
}
