import { parseAllowedOrigins } from './origin.ts';

/**
 * The Content-Security-Policy served by `vite preview` and documented for production
 * (SPEC §8). `frame-ancestors` lists exactly the hosts allowed to embed the widget.
 * `frame-src` lets the /dev page embed the widget from its second loopback origin.
 */
export function contentSecurityPolicy(allowedRaw: string | undefined): string {
  const ancestors = parseAllowedOrigins(allowedRaw).join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    `frame-src 'self' ${ancestors}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${ancestors}`,
  ].join('; ');
}
