/**
 * Host-origin policy (SPEC §5). Pure functions: no DOM globals are read here,
 * so the same rules serve the widget, the CSP header and Node tests.
 */

/** Loopback hosts allowed when VITE_ALLOWED_HOST_ORIGINS is unset. */
export const LOOPBACK_PATTERNS = ['http://localhost:*', 'http://127.0.0.1:*'] as const;

/**
 * One allowed-origin entry as people write it, in the form every comparison and the CSP
 * use: lower-case scheme and host, no default port, no trailing slash. `http://Desk.Example.com/`
 * and `https://desk.example.com:443` are the origins `http://desk.example.com` and
 * `https://desk.example.com`. Anything else with a path, query, credentials or another
 * scheme is not an origin: null.
 */
export function normaliseOrigin(entry: string): string | null {
  const match = /^(https?):\/\/((?:\*\.)?[^/\\:?#@*\s]+)(?::(\d{1,5}|\*))?\/?$/i.exec(entry.trim());
  if (!match) return null;
  const scheme = (match[1] ?? '').toLowerCase();
  const host = (match[2] ?? '').toLowerCase();
  const port = match[3];
  if (port !== undefined && port !== '*' && Number(port) > 65535) return null;
  const defaultPort = scheme === 'https' ? '443' : '80';
  return `${scheme}://${host}${port === undefined || port === defaultPort ? '' : `:${port}`}`;
}

export interface AllowedOrigins {
  /** The entries that are origins, normalised. */
  origins: string[];
  /** The entries that are not, as written: the build refuses to run with any. */
  invalid: string[];
}

/**
 * Reads VITE_ALLOWED_HOST_ORIGINS. Unset or blank means the loopback defaults; a list
 * whose entries are all invalid allows nothing (never loopback, never a wider match).
 */
export function checkAllowedOrigins(raw: string | undefined): AllowedOrigins {
  const entries = (raw ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  if (entries.length === 0) return { origins: [...LOOPBACK_PATTERNS], invalid: [] };
  const origins: string[] = [];
  const invalid: string[] = [];
  for (const entry of entries) {
    const origin = normaliseOrigin(entry);
    if (origin === null) invalid.push(entry);
    else if (!origins.includes(origin)) origins.push(origin);
  }
  return { origins, invalid };
}

export function parseAllowedOrigins(raw: string | undefined): string[] {
  return checkAllowedOrigins(raw).origins;
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
    // The parameter must be a bare origin (a trailing slash and capitals are tolerated):
    // no path, query or credentials tucked in.
    const declared = originOf(hostOriginParam);
    if (!declared || declared !== normaliseOrigin(hostOriginParam)) {
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
