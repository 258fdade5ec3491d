import type { ReactNode } from 'react';
import { connection } from 'next/server';
import Link from 'next/link';
import './globals.css';

export const metadata = {
  title: 'claimdiff',
  description: 'How different sources report the same statements',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: Next puts proxy.ts's per-request CSP nonce on its inline scripts only while
  // rendering, so a page prerendered at build time would carry no nonce and its scripts would be blocked.
  await connection();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <nav aria-label="Site" className="site-nav">
          <Link href="/">Compare</Link>
          <Link href="/archive">Archive</Link>
          <Link href="/teach">Lessons</Link>
        </nav>
        {children}
        <footer className="site-foot">
          <p>
            claimdiff compares texts with the help of WordNet 3.1 (Princeton University, WordNet licence) for English
            synonyms and CC-CEDICT (MDBG, CC BY-SA 4.0) for Chinese–English glosses; FreeDict dictionaries (GPL), where
            imported with <code>claimdiff dict import</code>, for German, French, Spanish, Italian, Portuguese and
            Dutch.
          </p>
        </footer>
      </body>
    </html>
  );
}
