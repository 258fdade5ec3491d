// The frame of the pages that show one comparison or matrix (/compare, /matrix, /c/ID, /m/ID and the pasted-text
// pages): the way home and the page's heading above the view.
import Link from 'next/link';
import type { ReactNode } from 'react';

export interface ComparePageShellProps {
  title: string;
  /** The heading's `data-testid`, for the pages whose tests read it. */
  titleTestId?: string;
  /** More of the header below the heading: what is compared. */
  header?: ReactNode;
  children: ReactNode;
}

export function ComparePageShell({ title, titleTestId, header, children }: ComparePageShellProps) {
  return (
    <main id="main" className="page page--compare">
      <header className="compare-head">
        <p className="crumbs">
          <Link href="/">claimdiff</Link>
        </p>
        <h1 className="compare-head__title" data-testid={titleTestId}>
          {title}
        </h1>
        {header}
      </header>
      {children}
    </main>
  );
}
