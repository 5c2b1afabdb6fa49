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
/** What may stand before the token in a field: anything but a token character or a mark. */
const BEFORE_TOKEN = /[^*＊#＃\r\n\p{L}\p{N}\p{M}]*/uy;
/**
 * A token: a run of letters, digits and marks, and the runs that follow it across spaces, dashes,
 * dots or parentheses when they begin with a digit (`482 915` and `482-915` are one token). The
 * two classes are disjoint and nothing follows the repetition, so it never backtracks into a run.
 */
const TOKEN =
  /[\p{L}\p{N}\p{M}]+(?:[\t\p{Zs}\p{Pd}\u2212.．()（）]+(?=\p{N})[\p{L}\p{N}\p{M}]+)*/uy;
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

function isShort(text: string, token: Span): boolean {
  const digits = text.slice(token.from, token.to).match(DIGIT);
  return (digits?.length ?? 0) <= SHORT_DIGITS;
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
    if (char === '#' || char === '\r' || char === '\n') break;
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
    if (stars >= 2) masks.push(token);
    else if (isShort(text, token)) {
      // A short second field is a short recipient only after an amount, alone in its field and
      // followed by a PIN field; the last is known only when the transfer ends.
      if (afterRecipient || !endsField(text, token.to)) masks.push(token);
      else pending = token;
    }
    at = token.to;
  }
  if (stars === 1 && pending !== undefined) masks.push(pending);
  if (stars === 0 && start.cut && first !== undefined && isShort(text, first)) masks.push(first);
  return { at, cut };
}

/**
 * Masks the PIN of every Koryolink (`*999*`) or Kang Song NET (`*929*`) transfer string in any
 * text, even one that would not parse.
 *
 * A transfer starts at a star, `999` or `929` and a star (ASCII `*` or full-width `＊` stars,
 * ASCII or full-width digits, spaces or tabs around the code). It runs to the first `#`, line
 * break or next transfer start, or to the end of the text; a full-width `＃` ends it too, except
 * in the amount or recipient of one written with ASCII stars. Its fields are split at the stars.
 * A field's token is its first run of letters and digits, joined with the runs that follow it
 * across spaces, dashes, dots or parentheses when they begin with a digit (`482 915`, `482-915`
 * and `(0191) 234 5678` are one token each; in `482915 sent ok` the token is `482915`). The token
 * of the third field (the PIN) and of every later field is replaced with `xxxxxx`. So is the
 * token of the second field when it has at most 8 digits, unless that field reads as a short
 * recipient: after an amount (a first token of at most 8 digits), with nothing but spaces after
 * its token, and followed by a third field. So `*999*01912345678*482915#` (no amount) and
 * `*999*300*482915#` (no recipient) are masked, while `*999*300*0191*482915#` keeps its short
 * number and `*999*300*01912345678#` (no PIN) is left as it is. A code followed by a single
 * field (`*999*300#`) is not read as holding a PIN, unless its start cut short the transfer
 * before it, before that one's PIN field: the two may share stars, so in `*999*300*999*482915#`
 * the PIN is masked. Every other character is kept, and other codes such as `*100#` are left
 * alone.
 *
 * It is total on strings and idempotent: the mask holds no star, hash or line break, so a second
 * pass finds the same transfers and fields and changes nothing. It reads the text once, in time
 * linear in its length.
 *
 * @param text - any text, such as a log line
 * @returns the same text with each transfer's PIN replaced by `xxxxxx`, every other character kept
 * @throws KpmmError `invalid_input` at path `['text']` when `text` is not a string (nothing else
 *   is coerced, so a value whose `toString` holds a PIN is never printed)
 * @see dailynk-2020-06-gifting
 * @example
 * ```ts
 * redactUssd('08:02 sent *999*300*01912345678* 482-915 ok, then *100#');
 * //=> '08:02 sent *999*300*01912345678* xxxxxx ok, then *100#'
 * ```
 */
export function redactUssd(text: string): string {
  if (typeof text !== 'string') return fail('invalid_input', ['text'], 'text must be a string');
  const masks: Span[] = [];
  let at = 0;
  let cut = false;
  // Every pass moves past at least one star, and at the end of the text no star is found.
  for (;;) {
    NEXT_STAR.lastIndex = at;
    const star = NEXT_STAR.exec(text);
    if (star === null) break;
    const start = startAt(text, star.index);
    // A transfer cut short stops at the star of the start that cut it, so `cut` is only passed on
    // to that start.
    ({ at, cut } =
      start === undefined
        ? { at: star.index + 1, cut: false }
        : scanTransfer(text, start.end, { ascii: start.ascii, cut }, masks));
  }
  let out = '';
  let done = 0;
  for (const mask of masks) {
    out += `${text.slice(done, mask.from)}${PIN_MASK}`;
    done = mask.to;
  }
  return out + text.slice(done);
}
