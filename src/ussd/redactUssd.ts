import { fail } from '../core/internal/fail.js';
import { PIN_MASK } from './internal/makeTransfer.js';

// The scanner walks the text once, left to right; every pattern below is sticky or global and
// tried only where the walk stands, so no character is read more than a few times, whatever the
// number of stars or transfer starts in the text.

/** A transfer start: a star, 999 or 929 (ASCII or full-width digits), a star; spaces around the code. */
const START = /[*＊][\t\p{Zs}]*[9９][29２９][9９][\t\p{Zs}]*([*＊])/uy;
const NEXT_STAR = /[*＊]/gu;
/** What can end a field: a star, a hash or a line break. */
const NEXT_MARK = /[*＊#＃\r\n]/gu;
/** What may stand before the token in a field: anything but a token character, a star or a hash. */
const BEFORE_TOKEN = /[^*＊#＃\p{L}\p{N}\p{M}]*/uy;
/** A PIN's label: `PIN=`, `pin:`, in any case, with spaces around the sign. */
const LABEL = String.raw`(?:pin|pwd|passwd|password|passcode|비밀번호|암호)[\t\p{Zs}]*[=:：＝][\t\p{Zs}]*`;
/**
 * What joins the runs of a field's token, as numbers are written: spaces, dashes, dots, commas,
 * slashes, quotes, plus signs, underscores and parentheses. The token says what a field is (a
 * short one may be a PIN, a long one is a number), so this list is kept narrow; what is masked as
 * a PIN is read on with `JOIN`, which lists nothing.
 */
const NUMBER_JOIN = String.raw`[\t\p{Zs}\p{Pd}\p{Pc}\u2212.．,，/／'’+＋()（）]`;
/**
 * A token: an optional label, a run of letters, digits and marks, and the runs that follow it
 * across `NUMBER_JOIN` when they begin with a digit (`482 915` and `482_915` are one token). The
 * two classes are disjoint and nothing follows the repetition, so it never backtracks into a run.
 */
const TOKEN = new RegExp(
  String.raw`(?:${LABEL})?[\p{L}\p{N}\p{M}]+(?:${NUMBER_JOIN}+(?=\p{N})[\p{L}\p{N}\p{M}]+)*`,
  'iuy',
);
/**
 * What may join the runs of a PIN: any character but a letter, digit, mark, star, hash, line break
 * or the `%` of an encoded hash (`%23` ends a PIN in a `tel:` URI). Separators are not listed, so
 * no symbol, space, format character or punctuation of any script lets a PIN through.
 */
const JOIN = String.raw`(?!%23)[^\p{L}\p{N}\p{M}*＊#＃\r\n]`;
/** The rest of a token after a gap, from the digit that begins it. */
const TOKEN_REST = new RegExp(
  String.raw`[\p{L}\p{N}\p{M}]+(?:${JOIN}+(?=\p{N})[\p{L}\p{N}\p{M}]+)*`,
  'uy',
);
/** The runs that follow a PIN across `JOIN` when they begin with a digit (`482915\u0f01123`). */
const JOINED_RUNS = new RegExp(String.raw`(?:${JOIN}+(?=\p{N})[\p{L}\p{N}\p{M}]+)*`, 'uy');
/** Anything up to the next digit of the same field (no star, hash or line break on the way). */
const GAP_TO_DIGIT = /[^*＊#＃\r\n\p{Nd}]*(?=\p{Nd})/uy;
/** A token that is already a mask, as a PIN it counts whole. */
const MASKED = new RegExp(String.raw`(?:${LABEL})?x{6}(?![\p{L}\p{N}\p{M}])`, 'iuy');
const PIN_DIGIT = /\p{Nd}/gu;
/** A PIN's digits: a token holding fewer is read on to the next digits of its field. */
const PIN_DIGITS = 6;
const SPACES = /[\t\p{Zs}]*/uy;
const FIELD_END: ReadonlySet<string> = new Set(['*', '＊', '#', '\r', '\n']);
const DIGIT = /\p{N}/gu;
/**
 * The most digits a second field's token may hold and still be read as a PIN (amount or recipient
 * missing), and a first field's as an amount: more than a six-digit PIN, fewer than the ten of a
 * number. Only digits count, so a PIN run into a word (`482915ok`) is still short.
 */
const SHORT_DIGITS = 8;

interface Span {
  readonly from: number;
  readonly to: number;
}

/** Where the start at `at` ends and whether its closing star is ASCII, or undefined. */
function startAt(
  text: string,
  at: number,
): { readonly end: number; readonly ascii: boolean } | undefined {
  START.lastIndex = at;
  const match = START.exec(text);
  return match === null ? undefined : { end: START.lastIndex, ascii: match[1] === '*' };
}

/** The PIN-like token of the field that begins at `at`, if it has one. */
function tokenAt(text: string, at: number): Span | undefined {
  BEFORE_TOKEN.lastIndex = at;
  BEFORE_TOKEN.test(text);
  const from = BEFORE_TOKEN.lastIndex;
  TOKEN.lastIndex = from;
  return TOKEN.test(text) ? { from, to: TOKEN.lastIndex } : undefined;
}

function pinDigits(text: string, from: number, to: number): number {
  return text.slice(from, to).match(PIN_DIGIT)?.length ?? 0;
}

/**
 * The token to mask as a PIN: while it holds fewer digits than a PIN (and is not already a mask),
 * it is read on across anything to the next digits of its field, so noise between the digits
 * (`48 a 2915`) or words before them (`ab 482915`) hide none of them; then on across `JOIN`.
 */
function pinAt(text: string, token: Span): Span {
  MASKED.lastIndex = token.from;
  if (MASKED.test(text)) return token;
  let to = token.to;
  let digits = pinDigits(text, token.from, to);
  while (digits < PIN_DIGITS) {
    GAP_TO_DIGIT.lastIndex = to;
    if (!GAP_TO_DIGIT.test(text)) break;
    const from = GAP_TO_DIGIT.lastIndex;
    TOKEN_REST.lastIndex = from;
    TOKEN_REST.test(text);
    to = TOKEN_REST.lastIndex;
    digits += pinDigits(text, from, to);
  }
  JOINED_RUNS.lastIndex = to;
  JOINED_RUNS.test(text);
  return { from: token.from, to: JOINED_RUNS.lastIndex };
}

/**
 * Whether only spaces stand between `at` and a mark that ends its field. At the end of the text
 * (`charAt` gives `''`) it is false: no PIN field can follow there, so the caller masks at once
 * what it would otherwise hold back until the transfer ends, with the same result.
 */
function endsField(text: string, at: number): boolean {
  SPACES.lastIndex = at;
  SPACES.test(text);
  return FIELD_END.has(text.charAt(SPACES.lastIndex));
}

function digitCount(text: string, token: Span): number {
  return text.slice(token.from, token.to).match(DIGIT)?.length ?? 0;
}

function isShort(text: string, token: Span): boolean {
  return digitCount(text, token) <= SHORT_DIGITS;
}

interface Stop {
  /** Where the transfer stops: a `#` or line break, the next start, or the end of the text. */
  readonly at: number;
  /** Whether the next start cut it short, before its PIN field. */
  readonly cut: boolean;
}

/**
 * Reads the fields of one transfer from `from` (just after its start) and pushes the tokens to
 * mask onto `masks`. `cut` says that this start cut the transfer before it short: then even a
 * single field is read as the PIN, since that transfer's stars may be this one's.
 */
function scanTransfer(
  text: string,
  from: number,
  start: { readonly ascii: boolean; readonly cut: boolean },
  masks: Span[],
): Stop {
  const first = tokenAt(text, from);
  const afterRecipient = first !== undefined && !isShort(text, first);
  let stars = 0;
  let asciiStars = 0;
  let pending: Span | undefined;
  let cut = false;
  let at = from;
  for (;;) {
    NEXT_MARK.lastIndex = at;
    const mark = NEXT_MARK.exec(text);
    if (mark === null) {
      at = text.length;
      break;
    }
    at = mark.index;
    const char = mark[0];
    if (char === '#') break;
    if (char === '\r' || char === '\n') {
      // A line break ends a transfer that has reached its PIN field; before it, the transfer goes
      // on, so a PIN written on the next line is still masked.
      if (stars >= 2) break;
      at += 1;
      continue;
    }
    if (char === '＃') {
      // In the amount or recipient of a transfer written with ASCII stars, a full-width hash is a
      // stray character, not the end: the PIN field is still to come.
      if (!start.ascii || asciiStars >= 2) break;
      at += 1;
      continue;
    }
    if (startAt(text, at) !== undefined) {
      // Before the PIN field, counted as for a full-width hash: the next start may be made of
      // this transfer's own stars and digits (`*999*300*999*482915#`).
      cut = (start.ascii ? asciiStars : stars) < 2;
      break;
    }
    stars += 1;
    if (char === '*') asciiStars += 1;
    at += 1;
    const token = tokenAt(text, at);
    if (token === undefined) continue;
    if (stars >= 2) masks.push(pinAt(text, token));
    else if (isShort(text, token)) {
      // A short second field is a short recipient only after an amount, alone in its field and
      // followed by a PIN field; the last is known only when the transfer ends.
      // One of 5 digits or more is no short number: a PIN before the recipient, masked too.
      if (afterRecipient || !endsField(text, token.to) || digitCount(text, token) >= 5) {
        masks.push(pinAt(text, token));
      } else pending = token;
    }
    at = token.to;
  }
  if (stars === 1 && pending !== undefined) masks.push(pinAt(text, pending));
  // A lone field of 6 to 8 digits (`*999*482915#`) is a PIN whatever came before.
  const lone = stars === 0 && first !== undefined ? pinAt(text, first) : undefined;
  if (lone !== undefined && isShort(text, lone) && (start.cut || digitCount(text, lone) >= 6)) {
    masks.push(lone);
  }
  return { at, cut };
}

/**
 * Masks the PIN of every Koryolink (`*999*`) or Kang Song NET (`*929*`) transfer string in any
 * text, even one that would not parse.
 *
 * The rule: the text is first read with format characters (U+200B, U+00AD, U+2060 …) removed, star
 * look-alikes (`∗ ﹡ ⁎ ✱`, `\*`, `%2A`) as `*` and digits of any script as ASCII. A transfer starts
 * at a star, `999` or `929`, a star, and runs to a `#`, the next start, the end of the text, or a
 * line break once its PIN field is reached. In its third and later fields, the first token (letters
 * and digits, with an optional `PIN=` label) is masked, and the mask reads on across any characters
 * but a star, hash or line break until it holds six digits, then across any non-letters to a run
 * that begins with a digit; so is a second field with 5 or more digits, or a lone first field of 6
 * to 8. A labelled PIN (`PIN=`, `pin:`) is masked anywhere. When in doubt, it masks; every
 * character outside a mask is kept, and other codes such as `*100#` are left alone. The table tests
 * hold every case.
 *
 * It is total on strings and idempotent (the mask holds no digit, star, hash or line break), and
 * runs in time linear in the text.
 *
 * @param text - any text, such as a log line
 * @returns the same text with each transfer's PIN replaced by `xxxxxx`, every other character kept
 * @throws KpmmError `invalid_input` at path `['text']` when `text` is not a string (nothing else
 *   is coerced, so a value whose `toString` holds a PIN is never printed)
 * @see dailynk-2020-06-gifting
 * @example
 * ```ts
 * redactUssd('08:02 sent *999*300*01912345678* 482-915# then *100#');
 * //=> '08:02 sent *999*300*01912345678* xxxxxx# then *100#'
 * ```
 */
export function redactUssd(text: string): string {
  if (typeof text !== 'string') return fail('invalid_input', ['text'], 'text must be a string');
  const { view, at: origin } = viewOf(text);
  const masks: Span[] = [];
  let at = 0;
  let cut = false;
  // Every pass moves past at least one star, and at the end of the text no star is found.
  for (;;) {
    NEXT_STAR.lastIndex = at;
    const star = NEXT_STAR.exec(view);
    if (star === null) break;
    const start = startAt(view, star.index);
    // A transfer cut short stops at the star of the start that cut it, so `cut` is only passed on
    // to that start.
    ({ at, cut } =
      start === undefined
        ? { at: star.index + 1, cut: false }
        : scanTransfer(view, start.end, { ascii: start.ascii, cut }, masks));
  }
  for (const match of view.matchAll(LABELLED)) {
    const [whole, value = ''] = match;
    const to = match.index + whole.length;
    masks.push(pinAt(view, { from: to - value.length, to }));
  }
  masks.sort((a, b) => a.from - b.from);
  let out = '';
  let done = 0;
  for (const mask of masks) {
    const from = origin === undefined ? mask.from : (origin[mask.from] ?? text.length);
    const to = origin === undefined ? mask.to : (origin[mask.to] ?? text.length);
    // Spans that overlap (a labelled PIN inside a transfer) are masked once.
    if (to <= done) continue;
    out += `${text.slice(done, Math.max(done, from))}${from >= done ? PIN_MASK : ''}`;
    done = to;
  }
  return out + text.slice(done);
}

/**
 * A labelled PIN anywhere in a text, in or out of a transfer: `PIN=482915`, `pin: 482 915`,
 * `password 482915` is not one (no `=` or `:`). The value is its digits and what joins them.
 */
const LABELLED = new RegExp(String.raw`(?<![\p{L}\p{N}])${LABEL}(\p{N}(?:${JOIN}*\p{N})*)`, 'giu');

/** Texts that need a view: not ASCII, or with an encoded star or an escaped star or hash. */
const NEEDS_VIEW = /[^\0-\x7f]|%2[aA]|\\[*#]/;
const FORMAT = /\p{Cf}/u;
const DECIMAL = /\p{Nd}/u;
/** Stars and hashes written with other characters, as the scanner reads them. */
const LOOK_ALIKES: ReadonlyMap<string, string> = new Map([
  ['∗', '＊'],
  ['﹡', '＊'],
  ['⁎', '＊'],
  ['✱', '＊'],
  ['✲', '＊'],
  ['✳', '＊'],
  ['⋆', '＊'],
  ['٭', '＊'],
  ['﹟', '＃'],
]);

/** The value of a decimal digit of any script: digits come in runs of ten from 0 to 9. */
function digitValue(code: number): number {
  let zero = code;
  while (DECIMAL.test(String.fromCodePoint(zero - 1))) zero -= 1;
  return (code - zero) % 10;
}

/**
 * The text as the scanner reads it, and where each of its characters came from: format
 * characters (U+200B, U+00AD, U+2060 …) removed, `%2A` and `\*` read as `*` (`\#` as `#`), star
 * look-alikes as `＊`, and the digits of every script as ASCII digits. Masks found in the view
 * are mapped back, so every character of the text outside them is kept.
 */
function viewOf(text: string): {
  readonly view: string;
  readonly at: readonly number[] | undefined;
} {
  if (!NEEDS_VIEW.test(text)) return { view: text, at: undefined };
  let view = '';
  const at: number[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i) ?? 0;
    const char = String.fromCodePoint(code);
    let read: string;
    let width = char.length;
    const next = text.slice(i + 1, i + 3);
    if (char === '%' && (next === '2A' || next === '2a')) {
      read = '*';
      width = 3;
    } else if (char === '\\' && (next.startsWith('*') || next.startsWith('#'))) read = '';
    else if (FORMAT.test(char)) read = '';
    else if (code > 0x7f && DECIMAL.test(char)) read = String(digitValue(code));
    else read = LOOK_ALIKES.get(char) ?? char;
    for (let k = 0; k < read.length; k += 1) at.push(i);
    view += read;
    i += width;
  }
  at.push(text.length);
  return { view, at };
}
