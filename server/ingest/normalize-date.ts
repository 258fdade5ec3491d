// Publication dates arrive as `2021-07-20T18:30:00+08:00`, `2021-07-20`, `July 20, 2021` or worse.
// We keep the calendar date the publisher wrote, so the ISO form is cut, never shifted into UTC.

/** `YYYY-MM-DD` for a recognisable date, else null. */
export function normalizeDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(text);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (!/[A-Za-z]{3}|\d{4}/.test(text)) return null; // Date.parse guesses wildly at bare numbers
  const parsed = new Date(`${text.replace(/\s+/g, ' ')}`);
  if (Number.isNaN(parsed.getTime())) return null;
  // A written date without a time parses as local midnight; its local calendar fields are the date as written.
  return validDate(parsed.getFullYear(), parsed.getMonth() + 1, parsed.getDate());
}

function validDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  if (year < 1000 || year > 9999) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
