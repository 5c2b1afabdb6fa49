// Renders docs/REFERENCE.md from SOURCES, facts() and the open questions. Pure: the same input
// gives the same text, so a test can render it from the source modules and compare it with the
// committed file. Types are in reference.d.mts.

const GRADES = /** @type {const} */ (['reported', 'derived', 'assumed']);

const GRADE_MEANING = {
  reported: 'a named publication states it.',
  derived: 'arithmetic on reported figures (the note says which).',
  assumed:
    'the library’s own choice where the sources are silent; the caller can see it and, where it is an option, change it.',
};

/** An explicit anchor, the same on GitHub and in the typedoc pages. */
function anchor(kind, id) {
  return `${kind}-${id.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

/** Plain text from the library (notes, units, titles) escaped, so that `*999*` stays as written. */
function prose(text) {
  return text.replace(/[\\`*_[\]<]/g, (c) => `\\${c}`);
}

/** Markdown fit for one cell of a table. */
function cell(markdown) {
  return markdown.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}

/** Inline code that survives a backtick inside the text. */
function code(text) {
  const fence = text.includes('`') ? '``' : '`';
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** `37,500` for 37500 (or 37500n); other numbers as JavaScript writes them. */
function groupDigits(n) {
  const text = String(n);
  return /^-?\d+$/.test(text) ? text.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : text;
}

function isMoney(value, exponents) {
  return (
    value !== null &&
    typeof value === 'object' &&
    Object.keys(value).length === 2 &&
    typeof value.currency === 'string' &&
    Object.hasOwn(exponents, value.currency) &&
    Number.isSafeInteger(value.minor)
  );
}

/** `CNY 30.00` for `{ currency: 'CNY', minor: 3000 }`, with the currency's own exponent. */
function money(value, exponents) {
  const exponent = exponents[value.currency];
  const sign = value.minor < 0 ? '-' : '';
  const digits = String(Math.abs(value.minor)).padStart(exponent + 1, '0');
  const whole = Number(digits.slice(0, digits.length - exponent));
  const fraction = exponent === 0 ? '' : `.${digits.slice(digits.length - exponent)}`;
  return `${value.currency} ${sign}${groupDigits(whole)}${fraction}`;
}

const INLINE_LIMIT = 60;

/** A scalar as a phrase: grouped digits, code for identifiers, escaped prose for names and sentences. */
function scalar(value) {
  switch (typeof value) {
    case 'number':
      return groupDigits(value);
    case 'bigint':
      return `${groupDigits(value)}n`;
    case 'string':
      return /\s/.test(value) || /^[A-Z][a-z]+$/.test(value) ? prose(value) : code(value);
    case 'boolean':
    case 'undefined':
      return String(value);
    default:
      return value === null ? 'null' : null;
  }
}

/** The value as one short phrase, or null when it needs a list. */
function shortValue(value, exponents) {
  const plain = scalar(value);
  if (plain !== null) return plain;
  if (isMoney(value, exponents)) return money(value, exponents);
  const entries = Array.isArray(value) ? value.map((v) => [null, v]) : Object.entries(value);
  if (entries.length === 0) return Array.isArray(value) ? '(none)' : '(empty)';
  const parts = [];
  for (const [key, v] of entries) {
    const part = scalar(v) ?? (isMoney(v, exponents) ? money(v, exponents) : null);
    if (part === null) return null;
    parts.push(key === null ? part : `${prose(key)}: ${part}`);
  }
  const text = parts.join(', ');
  return text.length <= INLINE_LIMIT ? text : null;
}

/** The value as a nested markdown list, one line per field, indented under `depth`. */
function valueList(value, exponents, depth) {
  const indent = '  '.repeat(depth);
  const lines = [];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [`(${String(i + 1)})`, v])
    : Object.entries(value).map(([k, v]) => [`${prose(k)}:`, v]);
  for (const [label, v] of entries) {
    const short = shortValue(v, exponents);
    if (short === null) {
      lines.push(`${indent}- ${label}`, ...valueList(v, exponents, depth + 1));
    } else {
      lines.push(`${indent}- ${label} ${short}`);
    }
  }
  return lines;
}

function sourceLink(id) {
  return `[${id}](#${anchor('source', id)})`;
}

function factLink(id) {
  return `[${code(id)}](#${anchor('fact', id)})`;
}

function questionLink(question) {
  return `[${question.title}](#${anchor('question', question.id)})`;
}

function dateOf(source) {
  if (source.date === null) return 'not dated';
  return source.yearInferred ? `${source.date} (year inferred)` : source.date;
}

/** One line naming a source: publication, linked title, date. */
function citation(source) {
  const title = `“${prose(source.title)}”`;
  const linked = source.url === null ? title : `[${title}](${source.url})`;
  return `${prose(source.publication)}, ${linked}, ${dateOf(source)}`;
}

function checkInput(sources, facts, openQuestions, exponents) {
  const ids = new Set();
  for (const fact of facts) {
    if (ids.has(fact.id)) throw new Error(`fact ${fact.id} is listed twice`);
    ids.add(fact.id);
    if (!GRADES.includes(fact.grade)) throw new Error(`fact ${fact.id} has grade ${fact.grade}`);
    for (const id of fact.sources) {
      if (!Object.hasOwn(sources, id)) throw new Error(`fact ${fact.id} cites unknown ${id}`);
    }
  }
  for (const question of openQuestions) {
    for (const id of question.facts) {
      if (!ids.has(id)) throw new Error(`open question ${question.id} names unknown fact ${id}`);
    }
    for (const id of question.sources) {
      if (!Object.hasOwn(sources, id)) {
        throw new Error(`open question ${question.id} cites unknown ${id}`);
      }
    }
  }
  for (const exponent of Object.values(exponents)) {
    if (!Number.isSafeInteger(exponent) || exponent < 0) throw new Error('bad currency exponent');
  }
}

function renderFactSummary(facts, exponents) {
  const lines = ['| Fact | Value | Unit | Grade | Sources |', '|---|---|---|---|---|'];
  for (const fact of facts) {
    const value = shortValue(fact.value, exponents) ?? `[below](#${anchor('fact', fact.id)})`;
    lines.push(
      `| ${factLink(fact.id)} | ${cell(value)} | ${cell(prose(fact.unit))} | ${fact.grade} | ${fact.sources.map(sourceLink).join(', ')} |`,
    );
  }
  return lines;
}

function renderFact(fact, sources, questions, exponents) {
  const lines = [`<a id="${anchor('fact', fact.id)}"></a>`, '', `### ${code(fact.id)}`, ''];
  const value = shortValue(fact.value, exponents);
  if (value === null) lines.push('- Value:', ...valueList(fact.value, exponents, 1));
  else lines.push(`- Value: ${value}`);
  lines.push(`- Unit: ${prose(fact.unit)}`);
  lines.push(`- Grade: **${fact.grade}**`);
  lines.push('- Sources:');
  for (const id of fact.sources) lines.push(`  - ${sourceLink(id)}: ${citation(sources[id])}`);
  const open = questions.filter((q) => q.facts.includes(fact.id));
  if (open.length > 0) lines.push(`- Open questions: ${open.map(questionLink).join('; ')}`);
  lines.push('', prose(fact.note));
  lines.push('');
  return lines;
}

function renderQuestion(question, index) {
  return [
    `<a id="${anchor('question', question.id)}"></a>`,
    '',
    `### ${String(index + 1)}. ${question.title}`,
    '',
    `- What is open: ${question.open}`,
    `- What the library does: ${question.library}`,
    `- Facts: ${question.facts.map(factLink).join(', ')}`,
    `- Sources: ${question.sources.map(sourceLink).join(', ')}`,
    '',
  ];
}

function renderSource(source, facts, questions) {
  const lines = [`<a id="${anchor('source', source.id)}"></a>`, '', `### ${code(source.id)}`, ''];
  lines.push('| | |', '|---|---|');
  lines.push(`| Publication | ${cell(prose(source.publication))} |`);
  lines.push(`| Title | ${cell(prose(source.title))} |`);
  lines.push(`| Date | ${cell(dateOf(source))} |`);
  lines.push(`| Year inferred | ${source.yearInferred ? 'yes' : 'no'} |`);
  lines.push(`| Author | ${cell(prose(source.author ?? 'not named'))} |`);
  lines.push(`| URL | ${source.url === null ? 'none recorded' : `<${source.url}>`} |`);
  lines.push('', prose(source.note), '');
  const citedBy = facts.filter((f) => f.sources.includes(source.id)).map((f) => factLink(f.id));
  lines.push(`Cited by: ${citedBy.length === 0 ? 'no fact' : citedBy.join(', ')}.`);
  const open = questions.filter((q) => q.sources.includes(source.id));
  if (open.length > 0) lines.push('', `Open questions: ${open.map(questionLink).join('; ')}.`);
  lines.push('');
  return lines;
}

/**
 * Renders the analysts' reference: every fact, every open question and every source, linked
 * to one another.
 */
export function renderReference({ sources, facts, openQuestions, currencyExponents }) {
  checkInput(sources, facts, openQuestions, currencyExponents);
  const sourceList = Object.values(sources);
  const count = (grade) => facts.filter((f) => f.grade === grade).length;
  const lines = [
    '# kp-mobile-money: reference for analysts',
    '',
    '<!-- Generated by `npm run docs` from SOURCES, facts() and scripts/open-questions.json. Do not edit: a test fails when this file is out of date. -->',
    '',
    'Every figure the library uses, how it is known, where it comes from, and what the sources',
    'leave open. The same data is available in code from `kp-mobile-money/sources` (`SOURCES`,',
    '`facts()`) and on the command line from `kpmm facts`.',
    '',
    'Grades:',
    '',
    ...GRADES.map((grade) => `- **${grade}**: ${GRADE_MEANING[grade]}`),
    '',
    'Money is written in major units (`CNY 30.00`); in code it is an integer of minor units',
    "(`{ currency: 'CNY', minor: 3000 }`), and KPW is counted in whole won.",
    '',
    '## Contents',
    '',
    `- [Facts](#facts): ${String(facts.length)} (${GRADES.map((g) => `${String(count(g))} ${g}`).join(', ')})`,
    `- [Open questions](#open-questions): ${String(openQuestions.length)}`,
    `- [Sources](#sources): ${String(sourceList.length)}`,
    '',
    '## Facts',
    '',
    ...renderFactSummary(facts, currencyExponents),
    '',
  ];
  for (const fact of facts)
    lines.push(...renderFact(fact, sources, openQuestions, currencyExponents));
  lines.push(
    '## Open questions',
    '',
    'What the sources leave open, and the choice the library makes in each case.',
    '',
  );
  openQuestions.forEach((question, i) => lines.push(...renderQuestion(question, i)));
  lines.push('## Sources', '');
  lines.push('| Id | Publication | Date | Title |', '|---|---|---|---|');
  for (const source of sourceList) {
    lines.push(
      `| ${sourceLink(source.id)} | ${cell(prose(source.publication))} | ${cell(dateOf(source))} | ${cell(prose(source.title))} |`,
    );
  }
  lines.push('');
  for (const source of sourceList) lines.push(...renderSource(source, facts, openQuestions));
  return `${lines.join('\n').trimEnd()}\n`;
}
