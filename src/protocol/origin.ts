/**
 * Host-origin policy (SPEC §5). Pure functions: no DOM globals are read here,
 * so the same rules serve the widget, the CSP header and Node tests.
 */

/** Loopback hosts allowed when VITE_ALLOWED_HOST_ORIGINS is unset. */
export const LOOPBACK_PATTERNS = ['http://localhost:*', 'http://127.0.0.1:*'] as const;

export function parseAllowedOrigins(raw: string | undefined): string[] {
  const list = (raw ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  return list.length > 0 ? list : [...LOOPBACK_PATTERNS];
}

interface OriginParts {
  scheme: string;
  host: string;
  port: string;
}

function splitOrigin(origin: string): OriginParts | null {
  // Compare the serialised parts ourselves: URL() normalises case and default ports,
  // and we must never fall back to substring checks (`indexOf`/`endsWith` let
  // `https://desk.example.com.evil.test` through).
  const match = /^(https?):\/\/([^/:?#]+)(?::(\d{1,5}|\*))?$/i.exec(origin);
  if (!match) return null;
  const scheme = (match[1] ?? '').toLowerCase();
  const defaultPort = scheme === 'https' ? '443' : '80';
  return { scheme, host: (match[2] ?? '').toLowerCase(), port: match[3] ?? defaultPort };
}

/**
 * Does `origin` (as the browser serialises it, e.g. `event.origin`) match one pattern?
 * Patterns are exact origins; `https://*.example.com` matches exactly one extra label;
 * a `:*` port matches any port (used for the loopback defaults).
 */
export function originMatches(origin: string, pattern: string): boolean {
  const actual = splitOrigin(origin);
  const wanted = splitOrigin(pattern);
  if (!actual || !wanted || actual.host.includes('*')) return false;
  if (actual.scheme !== wanted.scheme) return false;
  if (wanted.port !== '*' && wanted.port !== actual.port) return false;
  if (wanted.host.startsWith('*.')) {
    const suffix = wanted.host.slice(1);
    const dot = actual.host.indexOf('.');
    return dot > 0 && actual.host.slice(dot) === suffix;
  }
  return actual.host === wanted.host;
}

export function isOriginAllowed(origin: string, allowed: readonly string[]): boolean {
  return allowed.some((pattern) => originMatches(origin, pattern));
}

export type OriginResolution =
  | { ok: true; origin: string }
  | { ok: false; reason: 'not-allowed' | 'mismatch' | 'unknown'; seen: string | null };

export interface OriginInputs {
  /** `hostOrigin` URL parameter, if given. */
  hostOriginParam: string | null;
  /** `location.ancestorOrigins[0]` where the browser provides it. */
  ancestorOrigin: string | null;
  /** `document.referrer`. */
  referrer: string;
  allowed: readonly string[];
}

function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.origin === 'null' ? null : parsed.origin;
  } catch {
    return null;
  }
}

export function resolveHostOrigin(inputs: OriginInputs): OriginResolution {
  const { hostOriginParam, ancestorOrigin, referrer, allowed } = inputs;
  if (hostOriginParam) {
    // The parameter must be a bare origin: no path, query or credentials tucked in.
    const declared = originOf(hostOriginParam);
    if (!declared || declared !== hostOriginParam.replace(/\/$/, '').toLowerCase()) {
      return { ok: false, reason: 'not-allowed', seen: hostOriginParam };
    }
    if (!isOriginAllowed(declared, allowed)) return { ok: false, reason: 'not-allowed', seen: declared };
    if (ancestorOrigin !== null && ancestorOrigin !== declared) {
      return { ok: false, reason: 'mismatch', seen: ancestorOrigin };
    }
    return { ok: true, origin: declared };
  }
  const seen = ancestorOrigin ?? (referrer ? originOf(referrer) : null);
  if (!seen) return { ok: false, reason: 'unknown', seen: null };
  if (!isOriginAllowed(seen, allowed)) return { ok: false, reason: 'not-allowed', seen };
  return { ok: true, origin: seen };
}
