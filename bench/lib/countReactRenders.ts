import type { BrowserContext, Page } from "playwright-core";

/** What React rendered since the last `readReactRenders`, as the hook below counted it. */
export interface ReactRenders {
  /** Commits (one per React update that reached the screen). */
  commits: number;
  /** Components that rendered inside `insideSelector`. */
  inside: number;
  /** Components that rendered anywhere else, by the class of their first element. */
  elsewhere: Record<string, number>;
}

declare global {
  interface Window {
    __benchRenders?: { read(): ReactRenders };
  }
}

/**
 * Installs, before any page script runs, the global hook React looks for at start-up
 * (`__REACT_DEVTOOLS_GLOBAL_HOOK__`, the React DevTools' entry point, which production
 * builds call too), and counts every commit and every component that rendered in it. A
 * component rendered when it has no previous fiber (it mounted) or its fiber carries the
 * PerformedWork flag; a subtree whose child list is the previous one was skipped entirely
 * (React's bailout), as the DevTools decide it. Each rendered component is placed by its
 * first DOM element: inside `insideSelector` (the editor pane), or elsewhere.
 */
export async function countReactRenders(context: BrowserContext, insideSelector: string): Promise<void> {
  // A string, not a function: tsx compiles functions with esbuild's keepNames, whose
  // `__name` helper does not exist in the page.
  await context.addInitScript(`(${HOOK_SCRIPT})(${JSON.stringify(insideSelector)})`);
}

const HOOK_SCRIPT = String.raw`function (inside) {
  // Fiber tags of components (FunctionComponent, ClassComponent, ForwardRef, Memo, SimpleMemo).
  var COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
  var HOST_COMPONENT = 5;
  var PERFORMED_WORK = 1;
  var counts = { commits: 0, inside: 0, elsewhere: {} };
  function firstElement(fiber) {
    for (var node = fiber; node; node = node.child) {
      if (node.tag === HOST_COMPONENT && node.stateNode instanceof Element) return node.stateNode;
    }
    return null;
  }
  function place(fiber) {
    var element = firstElement(fiber);
    if (element && element.closest(inside)) { counts.inside++; return; }
    var where = element ? (String(element.className).split(" ")[0] || element.tagName.toLowerCase()) : "(none)";
    counts.elsewhere[where] = (counts.elsewhere[where] || 0) + 1;
  }
  function walk(fiber) {
    var previous = fiber.alternate;
    if (COMPONENT_TAGS.has(fiber.tag) && (previous === null || (fiber.flags & PERFORMED_WORK) !== 0)) place(fiber);
    if (previous !== null && previous.child === fiber.child) return;
    for (var child = fiber.child; child; child = child.sibling) walk(child);
  }
  var renderers = 0;
  Object.defineProperty(window, "__REACT_DEVTOOLS_GLOBAL_HOOK__", {
    value: {
      supportsFiber: true,
      renderers: new Map(),
      inject: function () { return ++renderers; },
      checkDCE: function () {},
      onScheduleFiberRoot: function () {},
      onCommitFiberUnmount: function () {},
      onPostCommitFiberRoot: function () {},
      onCommitFiberRoot: function (_id, root) {
        counts.commits++;
        for (var child = root.current.child; child; child = child.sibling) walk(child);
      },
    },
  });
  window.__benchRenders = {
    read: function () {
      var read = counts;
      counts = { commits: 0, inside: 0, elsewhere: {} };
      return read;
    },
  };
}`;

/** What rendered since the last read (and starts counting again); null on a page without React. */
export function readReactRenders(page: Page): Promise<ReactRenders | null> {
  return page.evaluate(() => window.__benchRenders?.read() ?? null);
}
