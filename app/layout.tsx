import type { ReactNode } from 'react';
import './globals.css';

export const metadata = {
  title: 'claimdiff',
  description: 'How different sources report the same statements',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
