// Next.js configuration. Telemetry is off in the scripts (NEXT_TELEMETRY_DISABLED=1): this machine kind has no internet.
// Security headers (issue 5) that do not change per request go on every response here, API routes included; the
// page Content-Security-Policy carries a per-request nonce and is set in proxy.ts. API answers are JSON and never
// rendered, so they get a policy that allows nothing.

/** Sent with every response. */
const securityHeaders = [
  // A JSON answer or a text file is never sniffed into HTML or script.
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // Comparison URLs name the documents compared; other sites need not learn them.
  { key: 'Referrer-Policy', value: 'no-referrer' },
  // For browsers without CSP frame-ancestors: no framing, so no clickjacking.
  { key: 'X-Frame-Options', value: 'DENY' },
  // The app uses none of these; a document that somehow ran code could not ask for them either.
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  // No window opened from elsewhere keeps a handle on ours.
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Document readers (issue 4) and piscina (the matcher's worker threads, server/align-pool.ts) load files and workers
  // of their own at run time: keep them out of the bundle.
  serverExternalPackages: ['pdfjs-dist', 'mammoth', 'linkedom', '@mozilla/readability', 'piscina'],
  // Browsers that ignore the page's icon link still ask for /favicon.ico: they get the app icon, not a 404.
  async rewrites() {
    return [{ source: '/favicon.ico', destination: '/icon.svg' }];
  },
  async headers() {
    return [
      { source: '/:path*', headers: securityHeaders },
      {
        source: '/api/:path*',
        headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

export default nextConfig;
