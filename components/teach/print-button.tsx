'use client';
// Opens the browser's print dialog (A4 or Letter: the page sets `@page { size: auto }`, so the printer's paper wins).
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button button--primary no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
