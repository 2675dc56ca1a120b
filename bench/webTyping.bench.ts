/**
 * Typing in the IDE, against Monaco with the same Yjs binding and no app (bench/fixtures/
 * bareMonacoPage.ts, `?bind=`), in the same run: the page's script time per keystroke in a
 * 20-line file and in a file built from 60,000 scattered single-character edits (a long
 * history), and what React renders per keystroke in the IDE. Part of `npm run bench -- web`.
 */
import { rmSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import type { BrowserContext, Page } from "playwright-core";
import { waitForEditor } from "../e2e/lib/ideDriver.ts";
import { launchChromium } from "../e2e/lib/launchChromium.ts";
import { startPlatform } from "../e2e/lib/startPlatform.ts";
import type { Metric, MetricBenchmark, MetricReport } from "./lib/Benchmark.ts";
import { buildBareMonacoPage } from "./lib/buildBareMonacoPage.ts";
import { countReactRenders, type ReactRenders } from "./lib/countReactRenders.ts";
import { ensureWebBuild } from "./lib/ensureWebBuild.ts";
import { fillScattered } from "./lib/fillScattered.ts";
import { alternate, type Side } from "./lib/measureColdWarm.ts";
import { measureTyping, type TypingSample } from "./lib/measureTyping.ts";
import { median } from "./lib/percentile.ts";
import { prepareIdeProjects } from "./lib/prepareIdeProjects.ts";
import { startStaticServer } from "./lib/startStaticServer.ts";
import { withTeardown } from "./lib/withTeardown.ts";

/** Plain text on both sides: the figure is the binding's and the app's, not a language service's. */
const SMALL_FILE = { id: "benchtypesmall0f", path: "small.txt" } as const;
const BIG_FILE = { id: "benchtypebig000f", path: "big.txt" } as const;
const SMALL_LINES = 20;
const BIG_EDITS = 60_000;
const SEED = 15;
/** 150 characters, typed one key at a time. */
const KEYS = "the quick brown fox jumps over the lazy dog while a collaborator reads along; ".repeat(2).slice(0, 150);
const KEY_DELAY_MS = 40;
const ROUNDS = 3;
/** Which of the rendered lines both sides click before typing at its end. */
const LINE = 5;
/** What counts as the editor pane in the IDE: CodeEditor's element (its loading state has only the frame). */
const EDITOR_PANE = ".code-editor-pane, .code-editor";
const WITHIN_BARE_TARGET = 1.5;
const BIG_OVER_SMALL_TARGET = 1.3;

interface Sides {
  open: Record<Side, (file: typeof SMALL_FILE | typeof BIG_FILE) => Promise<Page>>;
}

async function measureWebTyping(): Promise<MetricReport> {
  const { built } = await ensureWebBuild();
  return withTeardown(async (defer) => {
    const bareDir = await buildBareMonacoPage();
    defer(() => rmSync(bareDir, { recursive: true, force: true }));
    const platform = await startPlatform();
    defer(async () => {
      await platform.stop();
      rmSync(platform.dataDir, { recursive: true, force: true });
    });
    const browser = await launchChromium();
    defer(() => browser.close());

    const smallText = Array.from({ length: SMALL_LINES }, (_, i) => `line ${i + 1}: some words to type beside`).join(
      "\n",
    );
    const { signedIn, projects } = await prepareIdeProjects(browser, platform.origin, [
      { ...SMALL_FILE, fill: (_doc, text) => text.insert(0, smallText) },
      { ...BIG_FILE, fill: (doc, text) => fillScattered(doc, text, BIG_EDITS, SEED) },
    ]);
    const [small, big] = projects;
    if (!small || !big) throw new Error("the typing projects were not created");
    const server = await startStaticServer(bareDir, { "/small.bin": small.update, "/big.bin": big.update });
    defer(() => server.stop());

    const ide = await signedIn();
    defer(() => ide.close());
    await countReactRenders(ide, EDITOR_PANE);
    const bare = await browser.newContext();
    defer(() => bare.close());
    const sides: Sides = {
      open: {
        subject: (file) => openPage(ide, file === SMALL_FILE ? small.url : big.url),
        reference: (file) =>
          openPage(
            bare,
            `${server.origin}/?bind=${file.id}&doc=/${file === SMALL_FILE ? "small" : "big"}.bin&path=${file.path}`,
          ),
      },
    };
    const loadBefore = loadavg()[0]?.toFixed(1) ?? "n/a";
    const smallSamples = await typeRounds(sides, SMALL_FILE);
    const bigSamples = await typeRounds(sides, BIG_FILE);
    const loadAfter = loadavg()[0]?.toFixed(1) ?? "n/a";

    const script = (samples: TypingSample[]) => median(samples.map((s) => s.scriptMsPerKey));
    const oursSmall = script(smallSamples.subject);
    const oursBig = script(bigSamples.subject);
    const bareSmall = script(smallSamples.reference);
    const bareBig = script(bigSamples.reference);
    const renders = [...smallSamples.subject, ...bigSamples.subject].flatMap((s) => (s.renders ? [s.renders] : []));
    const perKey = (pick: (r: ReactRenders) => number) => median(renders.map((r) => pick(r) / KEYS.length));
    const elsewhere = (r: ReactRenders) => Object.values(r.elsewhere).reduce((sum, n) => sum + n, 0);
    const metrics: Metric[] = [
      {
        name: `script per keystroke, ${SMALL_LINES}-line file`,
        ...ms(oursSmall, bareSmall),
        target: { of: "ratio", op: "<=", value: WITHIN_BARE_TARGET },
      },
      {
        name: `script per keystroke, file of ${BIG_EDITS.toLocaleString("en-US")} scattered edits`,
        ...ms(oursBig, bareBig),
        target: { of: "ratio", op: "<=", value: WITHIN_BARE_TARGET },
      },
      {
        name: "  big file / small file",
        unit: "x",
        better: "lower",
        subject: oursBig / oursSmall,
        reference: bareBig / bareSmall,
        target: { of: "subject", op: "<=", value: BIG_OVER_SMALL_TARGET },
      },
      {
        name: "React commits per keystroke",
        unit: "commits",
        better: "lower",
        subject: perKey((r) => r.commits),
        reference: 0,
      },
      {
        name: "  components rendered outside the editor pane, per keystroke",
        unit: "renders",
        better: "lower",
        subject: perKey(elsewhere),
        reference: 0,
        target: { of: "subject", op: "<=", value: 0 },
      },
    ];
    return {
      metrics,
      notes: [
        "wove: the IDE on the whole local platform (npm start --skip-build), serving apps/web/dist " +
          `${built ? "(built now: it was missing)" : "as found (rebuild it after changing the app)"}, with the room ` +
          "connected. reference: the bare Monaco page (the IDE's editor/monaco.ts and editor options) with the IDE's " +
          "own MonacoBinding over a Y.Doc loaded from the same document, no room, no React.",
        `Files: ${SMALL_FILE.path} (${SMALL_LINES} lines, written at once) and ${BIG_FILE.path} ` +
          `(${big.text.length.toLocaleString("en-US")} characters from ${BIG_EDITS.toLocaleString("en-US")} ` +
          "single-character insertions at random places, lib/fillScattered.ts, so about one Yjs item per character), " +
          "each in its own project, written into its room by a y-websocket client. Plain text on both sides.",
        `Each round clicks a line (the ${LINE + 1}th line element Monaco rendered), goes to its end and types ` +
          `${KEYS.length} characters ${KEY_DELAY_MS} ms apart (Playwright's keyboard), then waits 1.5 s; the figure ` +
          "is the page's ScriptDuration (DevTools' Performance.getMetrics, the main thread's CPU time in scripts, " +
          `threadTicks) over that span, per key. Medians of ${ROUNDS} rounds per side and file, the sides taking ` +
          "turns, one page per side and file (each round types on). Every round checks the typed text is on screen.",
        "React renders are counted by a stand-in for React DevTools' global hook (lib/countReactRenders.ts): " +
          "every commit, and every component that rendered (mounted, or carrying React's PerformedWork flag), " +
          `placed by its first element inside or outside ${EDITOR_PANE}. Medians over all of ours' rounds.`,
        `Headless Chromium (the system's), no CPU throttling; ${availableParallelism()} CPUs, load average ` +
          `${loadBefore} before and ${loadAfter} after.`,
        ...elsewhereNotes(renders),
      ],
    };
  });
}

async function typeRounds(sides: Sides, file: typeof SMALL_FILE | typeof BIG_FILE) {
  const pages: Partial<Record<Side, Page>> = {};
  try {
    return await alternate(ROUNDS, async (side) => {
      pages[side] ??= await sides.open[side](file);
      return measureTyping(pages[side], KEYS, { delayMs: KEY_DELAY_MS, line: LINE });
    });
  } finally {
    for (const page of Object.values(pages)) await page.close();
  }
}

async function openPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(url);
  await waitForEditor(page);
  return page;
}

/** Where ours rendered outside the editor pane, summed over its rounds: what to look at. */
function elsewhereNotes(renders: ReactRenders[]): string[] {
  const totals: Record<string, number> = {};
  for (const r of renders)
    for (const [where, n] of Object.entries(r.elsewhere)) totals[where] = (totals[where] ?? 0) + n;
  const top = Object.entries(totals)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8);
  if (!top.length) return [];
  const rounds = renders.length;
  return [
    `Outside the editor pane, ours rendered (over ${rounds} rounds of ${KEYS.length} keys, by the class of the ` +
      `component's first element): ${top.map(([where, n]) => `${where} ${n}`).join(", ")}.`,
  ];
}

function ms(subject: number, reference: number): Omit<Metric, "name"> {
  return { unit: "ms", better: "lower", subject, reference };
}

const webTyping: MetricBenchmark = {
  name: "web typing",
  subject: "Wove IDE (local platform, Chromium), room connected",
  reference: "bare Monaco page + the IDE's MonacoBinding over a Y.Doc",
  measure: measureWebTyping,
};

export default [webTyping];
