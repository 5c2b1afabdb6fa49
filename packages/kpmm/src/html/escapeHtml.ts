const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML, in element content and in quoted attribute values alike: every data
 * string of a page (a sender, a file name, a code) goes through it, so a log cannot inject markup.
 *
 * @param text - any text
 * @returns the text with `&`, `<`, `>`, `"` and `'` written as entities
 * @example
 * ```ts
 * escapeHtml('<b>"0191"</b>');
 * //=> '&lt;b&gt;&quot;0191&quot;&lt;/b&gt;'
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
