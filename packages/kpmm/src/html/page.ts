import type { Citation } from './citeFacts.js';
import { escapeHtml } from './escapeHtml.js';

/** A table of plain text: every cell is escaped when the page is written. */
export interface TextTable {
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Columns (by index) of numbers, set right-aligned. */
  readonly numeric?: readonly number[];
}

/** One chart (or a few panels of one) beside the table of its data, and a caption that cites. */
export interface Figure {
  readonly id: string;
  readonly heading: string;
  /** SVG markup from drawChart; empty when there is nothing to draw (`empty` says why). */
  readonly charts: readonly string[];
  readonly empty?: string;
  readonly table: TextTable;
  /** What the chart shows, in a sentence or two of plain text. */
  readonly caption: string;
  readonly citations: readonly Citation[];
  /** Legend entries: a colour and a name. */
  readonly legend?: readonly { readonly colour: string; readonly name: string }[];
}

/** A whole page: a heading, lines of introduction, optional summary figures, the figures. */
export interface Page {
  readonly title: string;
  readonly lead: readonly string[];
  readonly summary?: TextTable;
  readonly figures: readonly Figure[];
  readonly footer: readonly string[];
}

// No request leaves the page: scripts, fonts, frames and remote images are refused, and the
// only styles are the page's own and those inside Plot's SVG.
const POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --rule: #ccc; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1180px; padding: 1.5rem; color: var(--ink); background: #fff;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
h2 { font-size: 1.15rem; margin: 0 0 .5rem; }
.lead { color: var(--muted); margin: .25rem 0; }
figure { margin: 1.5rem 0; padding-top: 1rem; border-top: 1px solid var(--rule); }
.pair { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.25rem; align-items: start; }
.charts svg { display: block; max-width: 100%; height: auto; margin-bottom: .5rem; }
.table-wrap { max-height: 32rem; overflow: auto; }
table { border-collapse: collapse; font-size: .85rem; width: 100%; }
caption { text-align: left; font-weight: 600; padding-bottom: .25rem; }
th, td { border-bottom: 1px solid var(--rule); padding: .2rem .4rem; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
td.n { white-space: nowrap; }
.summary { max-width: 52rem; }
.summary td, .summary th { padding: .1rem .4rem; }
figcaption { font-size: .85rem; color: var(--muted); margin-top: .5rem; }
figcaption p { margin: .25rem 0; }
code { font: .85em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.legend { list-style: none; padding: 0; margin: 0 0 .5rem; display: flex; gap: 1rem; font-size: .85rem; }
.key { display: inline-block; width: .9em; height: .9em; margin-right: .3em; vertical-align: -.1em;
  border: 1px solid #333; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.empty { font-style: italic; color: var(--muted); }
footer { margin-top: 2rem; font-size: .8rem; color: var(--muted); }
@media (max-width: 800px) { .pair { grid-template-columns: 1fr; } }
@media print {
  @page { margin: 14mm; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  figure { break-inside: avoid; page-break-inside: avoid; }
  .pair { grid-template-columns: 1fr; }
  .table-wrap { max-height: none; overflow: visible; }
  svg, .key { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;

function renderTable(table: TextTable, label: string): string {
  const numeric = new Set(table.numeric ?? []);
  const cls = (i: number) => (numeric.has(i) ? ' class="n"' : '');
  const head = table.head.map((h, i) => `<th scope="col"${cls(i)}>${escapeHtml(h)}</th>`).join('');
  const rows = table.rows
    .map((row) => `<tr>${row.map((c, i) => `<td${cls(i)}>${escapeHtml(c)}</td>`).join('')}</tr>`)
    .join('\n');
  return `<div class="table-wrap"><table><caption>${escapeHtml(label)}</caption><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table></div>`;
}

function renderCitations(citations: readonly Citation[]): string {
  if (citations.length === 0) return '';
  const items = citations.map(
    (c) =>
      `<span class="fact"><code>${escapeHtml(c.id)}</code> (${escapeHtml(c.grade)}: ${c.sources.map((s) => `<code class="source">${escapeHtml(s)}</code>`).join(', ')})</span>`,
  );
  return `<p class="cite">Facts and sources: ${items.join('; ')}.</p>`;
}

function renderFigure(figure: Figure): string {
  const id = escapeHtml(figure.id);
  const legend =
    figure.legend === undefined
      ? ''
      : `<ul class="legend">${figure.legend.map((l) => `<li><span class="key" style="background:${escapeHtml(l.colour)}"></span>${escapeHtml(l.name)}</li>`).join('')}</ul>`;
  const charts =
    figure.charts.length === 0
      ? `<p class="empty">${escapeHtml(figure.empty ?? 'Nothing to draw.')}</p>`
      : figure.charts.join('\n');
  return `<figure id="${id}" aria-labelledby="${id}-heading">
<h2 id="${id}-heading">${escapeHtml(figure.heading)}</h2>
<div class="pair"><div class="charts">${legend}${charts}</div>
${renderTable(figure.table, `The data of “${figure.heading}”`)}</div>
<figcaption><p>${escapeHtml(figure.caption)}</p>${renderCitations(figure.citations)}</figcaption>
</figure>`;
}

/**
 * Writes a whole page as one self-contained HTML file: the styles inline (with a print
 * stylesheet), the charts as inline SVG, no script, and a Content-Security-Policy that refuses
 * any request, so it works opened from disk, offline. Every string is escaped.
 *
 * @param page - the title, introduction, summary and figures
 * @returns the HTML document
 * @example
 * ```ts
 * renderPage({ title: 'Audit', lead: [], figures: [], footer: [] }).startsWith('<!doctype html>');
 * //=> true
 * ```
 */
export function renderPage(page: Page): string {
  const lead = page.lead.map((l) => `<p class="lead">${escapeHtml(l)}</p>`).join('\n');
  const summary =
    page.summary === undefined
      ? ''
      : `<section class="summary">${renderTable(page.summary, 'Summary')}</section>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${escapeHtml(page.title)}</h1>
${lead}</header>
<main>
${summary}
${page.figures.map(renderFigure).join('\n')}
</main>
<footer>${page.footer.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}</footer>
</body>
</html>
`;
}
