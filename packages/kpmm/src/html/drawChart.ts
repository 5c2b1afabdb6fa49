import type * as PlotModule from '@observablehq/plot';

type Plot = typeof PlotModule;

/** What a chart says to a screen reader: its id in the page, a title and a description. */
export interface ChartText {
  /** The SVG's id, unique in the page; its `<title>` and `<desc>` ids derive from it. */
  readonly id: string;
  readonly title: string;
  readonly desc: string;
}

/**
 * The class of the group holding a chart's data marks (bars, dots), one element per datum,
 * so that a test can count them.
 */
export const MARK_CLASS = 'kpmm-marks';

/**
 * Colours from the Okabe–Ito palette, chosen far apart in lightness: told apart by colour-blind
 * readers and in grey print. Paired with shapes or positions wherever two series meet.
 */
export const PALETTE = {
  blue: '#0072B2',
  orange: '#E69F00',
  purple: '#CC79A7',
  grey: '#999999',
  band: '#DDDDDD',
} as const;

const SVG_NS = 'http://www.w3.org/2000/svg';

let loaded: Promise<{ Plot: Plot; document: Document }> | undefined;

/**
 * Observable Plot and a small server-side DOM, loaded on first use: the commands that draw no
 * chart do not pay for them.
 */
function loadPlot(): Promise<{ Plot: Plot; document: Document }> {
  loaded ??= Promise.all([import('@observablehq/plot'), import('linkedom')]).then(
    ([Plot, { parseHTML }]) => ({
      Plot,
      document: parseHTML('<!doctype html><html><head></head><body></body></html>').document,
    }),
  );
  return loaded;
}

/**
 * Draws one chart with Observable Plot on a server-side DOM and returns its SVG markup, with
 * `role="img"` and a `<title>` and `<desc>` that name it (Plot writes neither). Text in the
 * chart (labels, ticks) is escaped by the DOM's serializer.
 *
 * @param text - the chart's id, title and description
 * @param options - Plot's options, built from Plot's mark functions
 * @returns the `<svg>` element as HTML
 * @example
 * ```ts
 * await drawChart({ id: 'gifts', title: 'Gifts', desc: '4 bars' }, (Plot) => ({ marks: [Plot.barY(rows, { x: 'won', y: 'cashKpw' })] }));
 * //=> '<svg role="img" aria-labelledby="gifts-title gifts-desc" …>'
 * ```
 */
export async function drawChart(
  text: ChartText,
  options: (plot: Plot) => PlotModule.PlotOptions,
): Promise<string> {
  const { Plot, document } = await loadPlot();
  const chart = Plot.plot({ ...options(Plot), document, className: `kpmm-plot-${text.id}` });
  // Plot's own aria-label would override the title for screen readers: the title names it.
  chart.removeAttribute('aria-label');
  chart.removeAttribute('aria-description');
  chart.setAttribute('id', text.id);
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-labelledby', `${text.id}-title ${text.id}-desc`);
  const title = document.createElementNS(SVG_NS, 'title');
  title.setAttribute('id', `${text.id}-title`);
  title.textContent = text.title;
  const desc = document.createElementNS(SVG_NS, 'desc');
  desc.setAttribute('id', `${text.id}-desc`);
  desc.textContent = text.desc;
  chart.prepend(title, desc);
  return chart.outerHTML;
}
