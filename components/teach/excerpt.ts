// A passage as a list shows it: whitespace collapsed, cut at `max` characters with an ellipsis (never inside a
// surrogate pair).
export function excerpt(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = /[\uDC00-\uDFFF]/.test(flat[max] ?? '') ? max - 1 : max;
  return `${flat.slice(0, cut).trimEnd()}…`;
}
