// Next 16's proxy (formerly middleware): an enforcing Content-Security-Policy with a fresh nonce on every page
// (issue 5: no script runs from a document). The nonce goes into the request's CSP header too, where Next finds it
// and puts it on its own inline scripts (node_modules/next/dist/docs/01-app/02-guides/content-security-policy.md);
// the root layout renders dynamically so each response carries its own. The static security headers for every
// path, /api included, are in next.config.js.
import { NextResponse, type NextRequest } from 'next/server';

/** The policy for a page, allowing scripts only with `nonce` (and what they load: 'strict-dynamic'). */
function buildContentSecurityPolicy(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    // 'unsafe-eval' only under `next dev`: React rebuilds server error stacks with eval there (the Next docs).
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // <style> elements need the nonce; style attributes are allowed, because the panes and the virtual table are
    // laid out with React `style` props rendered on the server. No user text ever becomes markup.
    `style-src 'self' 'nonce-${nonce}'${dev ? " 'unsafe-inline'" : ''}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}

export function proxy(request: NextRequest): NextResponse {
  const nonce = btoa(crypto.randomUUID());
  const policy = buildContentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Not /api: a proxy that matches a route buffers its request body (at most 10 MB, silently truncated), and the
      // API decides a body's size from Content-Length before reading it. Not Next's static files either.
      source: '/((?!api|_next/static|_next/image|favicon.ico).*)',
      // Prefetches of next/link fetch data, not documents: no policy needed, and no nonce to waste.
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
