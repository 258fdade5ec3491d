import type { ReactNode } from 'react';

export const metadata = {
  title: 'claimdiff',
  description: 'How different sources report the same statements',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
