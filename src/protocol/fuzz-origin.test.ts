import fc from 'fast-check';
import { expect, test } from 'vitest';
import { isOriginAllowed, parseAllowedOrigins, resolveHostOrigin } from './origin';
import { FUZZ_TIMEOUT_MS, HOST_ORIGIN, LIMITS, SEED } from '../test/hostile-messages';

/** Seeded fuzzing (issue #5) of the allowed-origin checks: look-alikes of an allowed origin are refused. */

const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,14}[a-z0-9])?$/);
const port = fc.integer({ min: 1, max: 65_535 });

/**
 * Origins that look like `base` (scheme://host[:port]) to a hurried eye or a substring check.
 * `prefixes: false` where a prefix stays one label (`xdesk` under `*.example.com` is allowed).
 */
function lookAlikesOf(base: string, host: string, prefixes = true) {
  const prefixed = [
    label.map((extra) => base.replace(host, `${extra}${host}`)),
    label.map((extra) => base.replace(host, `${extra}-${host}`)),
  ];
  return fc.oneof(
    ...(prefixes ? prefixed : []),
    label.map((extra) => `${base}.${extra}.test`),
    label.map((extra) => `${base}x${extra}`),
    label.map((extra) => `${base}-${extra}.test`),
    label.map((extra) => `${base}@${extra}.test`),
    label.map((extra) => `${base}/${extra}`),
    fc.constant(`${base}.`),
    fc.constant(base.replace(/^https?/, (scheme) => (scheme === 'https' ? 'http' : 'https'))),
    fc.constant(base.replace(host, host.slice(0, -1))),
  );
}

function expectRefused(origin: string, allowed: readonly string[]) {
  expect(isOriginAllowed(origin, allowed), origin).toBe(false);
  expect(resolveHostOrigin({ hostOriginParam: origin, ancestorOrigin: null, referrer: '', allowed }).ok, origin).toBe(false);
  expect(resolveHostOrigin({ hostOriginParam: null, ancestorOrigin: origin, referrer: '', allowed }).ok, origin).toBe(false);
}

test('origin look-alikes of an exact allowed origin are refused; the origin itself is accepted', () => {
  const allowed = parseAllowedOrigins('https://desk.example.com');
  expect(isOriginAllowed(HOST_ORIGIN, allowed)).toBe(true);
  fc.assert(
    fc.property(
      fc.oneof(lookAlikesOf(HOST_ORIGIN, 'desk.example.com'), port.filter((p) => p !== 443).map((p) => `${HOST_ORIGIN}:${p}`)),
      (origin) => expectRefused(origin, allowed),
    ),
    { seed: SEED, numRuns: 1_000, ...LIMITS },
  );
}, FUZZ_TIMEOUT_MS);

test('https://*.example.com allows exactly one extra label and nothing that merely ends like it', () => {
  const allowed = parseAllowedOrigins('https://*.example.com');
  fc.assert(
    fc.property(label, (one) => {
      expect(isOriginAllowed(`https://${one}.example.com`, allowed)).toBe(true);
    }),
    { seed: SEED, numRuns: 300, ...LIMITS },
  );
  fc.assert(
    fc.property(
      fc.oneof(
        fc.tuple(label, label).map(([a, b]) => `https://${a}.${b}.example.com`),
        label.chain((one) => lookAlikesOf(`https://${one}.example.com`, `${one}.example.com`, false)),
        label.map((one) => `https://${one}example.com`),
        label.map((one) => `https://${one}.example.com:8443`),
        fc.constantFrom('https://example.com', 'https://.example.com', 'https://*.example.com', 'https://a.example.com.evil.test'),
      ),
      (origin) => expectRefused(origin, allowed),
    ),
    { seed: SEED, numRuns: 1_000, ...LIMITS },
  );
}, FUZZ_TIMEOUT_MS);

test('the loopback defaults allow any port on localhost and 127.0.0.1, and no look-alike', () => {
  const allowed = parseAllowedOrigins(undefined);
  fc.assert(
    fc.property(port, fc.constantFrom('localhost', '127.0.0.1'), (p, host) => {
      expect(isOriginAllowed(`http://${host}:${p}`, allowed)).toBe(true);
    }),
    { seed: SEED, numRuns: 300, ...LIMITS },
  );
  fc.assert(
    fc.property(
      fc.oneof(
        port.chain((p) => lookAlikesOf(`http://localhost:${p}`, 'localhost')),
        port.chain((p) => lookAlikesOf(`http://127.0.0.1:${p}`, '127.0.0.1')),
        port.map((p) => `http://localhost.evil.test:${p}`),
        port.map((p) => `http://127.0.0.2:${p}`),
        port.map((p) => `https://localhost:${p}`),
      ),
      (origin) => expectRefused(origin, allowed),
    ),
    { seed: SEED, numRuns: 1_000, ...LIMITS },
  );
}, FUZZ_TIMEOUT_MS);
