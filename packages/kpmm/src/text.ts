// Control characters (C0, DEL, C1) and the invisible format characters that reorder or hide
// text (bidirectional controls, zero-width characters, soft hyphen, BOM).
const UNSAFE = /[\p{Cc}\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/gu;

/**
 * Escapes every control and invisible format character of a value that a message echoes, so
 * that a terminal shows what was there instead of obeying it.
 *
 * @param text - the value as read
 * @returns the text with each such character written as `\u{…}`
 * @example
 * ```ts
 * escapeControls('a\u001b[2Jb\u200b');
 * //=> 'a\\u{1b}[2Jb\\u{200b}'
 * ```
 */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`);
}

/**
 * A value to quote in a message: control characters escaped, and cut short after `max`
 * characters with an ellipsis, so a huge or hostile field cannot flood the terminal.
 *
 * @example
 * ```ts
 * echo('x'.repeat(50), 40);
 * //=> `${'x'.repeat(40)}…`
 * ```
 */
export function echo(text: string, max = 40): string {
  const chars = Array.from(text);
  const short = chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
  return escapeControls(short);
}
