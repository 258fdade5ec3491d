// The frame of the two printable pages of a pack (the worksheet and its answer key): a way back and a print button
// that do not print, the title, and the content.
import Link from 'next/link';
import type { ReactNode } from 'react';
import { PrintButton } from './print-button.tsx';
import './teach.css';

export function WorksheetFrame({
  packId,
  heading,
  title,
  children,
}: {
  packId: string;
  heading: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <main id="main" className="worksheet">
      <p className="crumbs no-print">
        <Link href="/teach">Teaching</Link> · <Link href={`/teach/${packId}`}>{title}</Link>
      </p>
      <PrintButton label={`Print the ${heading.toLowerCase()}`} />
      <h1>
        {heading}: {title}
      </h1>
      {children}
    </main>
  );
}
