import { parseAllowedOrigins } from './origin.ts';

/**
 * The Content-Security-Policy the build writes into dist/security-headers.json, which
 * `vite preview` serves and the production server's snippet is printed from (SPEC §8).
 * `frame-ancestors` lists exactly the hosts allowed to embed the widget.
 * `frame-src` lets the /dev page embed the widget from its second loopback origin.
 */
export function contentSecurityPolicy(allowedRaw: string | undefined): string {
  const allowed = parseAllowedOrigins(allowedRaw);
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    ["frame-src 'self'", ...allowed].join(' '),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    // An empty source list would also mean 'none'; said explicitly so nobody reads it as "any".
    `frame-ancestors ${allowed.length > 0 ? allowed.join(' ') : "'none'"}`,
  ].join('; ');
}

/** Every header the widget's responses carry, in the order they are documented. */
export function securityHeaders(allowedRaw: string | undefined): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(allowedRaw),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
}
