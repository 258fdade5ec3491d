// The one HTML escaper of the exports. Every piece of user text (document text, titles, outlets, URLs, notes) goes
// through it, in element content and in attribute values alike: with the five characters below escaped, text can
// neither open a tag nor leave a quoted attribute (OWASP XSS Prevention Cheat Sheet, rules 1 and 2).

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** `text` with & < > " ' replaced by character references. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
