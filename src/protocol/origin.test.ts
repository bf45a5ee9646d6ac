import { expect, test } from 'vitest';
import type { OriginInputs } from './origin';
import { checkAllowedOrigins, isOriginAllowed, originMatches, parseAllowedOrigins, resolveHostOrigin } from './origin';

const ALLOWED = ['https://desk.example.com', 'https://*.agents.example.org'];

const inputs = (overrides: Partial<OriginInputs>): OriginInputs => ({
  hostOriginParam: null,
  ancestorOrigin: null,
  referrer: '',
  allowed: ALLOWED,
  ...overrides,
});

test('matches an exact origin, including its explicit default port', () => {
  expect(originMatches('https://desk.example.com', 'https://desk.example.com')).toBe(true);
  expect(originMatches('https://desk.example.com', 'https://desk.example.com:443')).toBe(true);
  expect(originMatches('https://desk.example.com:8443', 'https://desk.example.com:8443')).toBe(true);
});

test('rejects look-alikes of an exact origin: suffixed host, other scheme, other port, sub- and parent domains', () => {
  for (const origin of [
    'https://desk.example.com.evil.test',
    'https://evildesk.example.com',
    'https://a.desk.example.com',
    'https://example.com',
    'http://desk.example.com',
    'https://desk.example.com:8443',
    'https://desk.example.com/',
    'https://desk.example.com/path',
    'https://user@desk.example.com',
    'null',
    '',
  ]) {
    expect(originMatches(origin, 'https://desk.example.com'), origin).toBe(false);
  }
});

test('a wildcard pattern matches exactly one extra label, not zero and not two', () => {
  const pattern = 'https://*.example.com';
  expect(originMatches('https://desk.example.com', pattern)).toBe(true);
  expect(originMatches('https://eu-1.example.com', pattern)).toBe(true);
  expect(originMatches('https://example.com', pattern)).toBe(false);
  expect(originMatches('https://.example.com', pattern)).toBe(false);
  expect(originMatches('https://a.b.example.com', pattern)).toBe(false);
  expect(originMatches('https://desk.example.com.evil.test', pattern)).toBe(false);
  expect(originMatches('https://deskexample.com', pattern)).toBe(false);
  expect(originMatches('http://desk.example.com', pattern)).toBe(false);
  expect(originMatches('https://desk.example.com:8443', pattern)).toBe(false);
  expect(originMatches('https://*.example.com', pattern)).toBe(false);
});

test('compares scheme and host case-insensitively, as browsers serialise them in lower case', () => {
  expect(originMatches('https://desk.example.com', 'HTTPS://Desk.Example.COM')).toBe(true);
});

test('allows only loopback http origins on any port when the list is unset or blank', () => {
  for (const raw of [undefined, '', ' , ']) {
    const allowed = parseAllowedOrigins(raw);
    expect(allowed).toEqual(['http://localhost:*', 'http://127.0.0.1:*']);
    expect(isOriginAllowed('http://localhost:5173', allowed)).toBe(true);
    expect(isOriginAllowed('http://127.0.0.1:4173', allowed)).toBe(true);
    expect(isOriginAllowed('http://localhost', allowed)).toBe(true);
    expect(isOriginAllowed('https://localhost:5173', allowed)).toBe(false);
    expect(isOriginAllowed('http://localhost.evil.test:5173', allowed)).toBe(false);
    expect(isOriginAllowed('http://127.0.0.1.evil.test', allowed)).toBe(false);
    expect(isOriginAllowed('https://desk.example.com', allowed)).toBe(false);
  }
});

test('reads a comma-separated list, trimming entries, and loopback is then no longer allowed', () => {
  const allowed = parseAllowedOrigins(' https://desk.example.com , https://*.agents.example.org,');
  expect(allowed).toEqual(['https://desk.example.com', 'https://*.agents.example.org']);
  expect(isOriginAllowed('https://eu.agents.example.org', allowed)).toBe(true);
  expect(isOriginAllowed('http://localhost:5173', allowed)).toBe(false);
});

test('accepts a hostOrigin parameter that is allowed and equals the real parent origin', () => {
  expect(resolveHostOrigin(inputs({ hostOriginParam: 'https://desk.example.com', ancestorOrigin: 'https://desk.example.com' }))).toEqual({
    ok: true,
    origin: 'https://desk.example.com',
  });
  expect(resolveHostOrigin(inputs({ hostOriginParam: 'https://eu.agents.example.org' }))).toEqual({
    ok: true,
    origin: 'https://eu.agents.example.org',
  });
});

test('refuses a hostOrigin parameter that is not allowed', () => {
  expect(resolveHostOrigin(inputs({ hostOriginParam: 'https://evil.test', ancestorOrigin: 'https://evil.test' }))).toEqual({
    ok: false,
    reason: 'not-allowed',
    seen: 'https://evil.test',
  });
});

test('refuses a hostOrigin parameter that differs from the real parent origin', () => {
  expect(
    resolveHostOrigin(inputs({ hostOriginParam: 'https://desk.example.com', ancestorOrigin: 'https://evil.test', referrer: 'https://desk.example.com/' })),
  ).toEqual({ ok: false, reason: 'mismatch', seen: 'https://evil.test' });
});

test('refuses a hostOrigin parameter carrying a path, query or credentials', () => {
  for (const param of [
    'https://desk.example.com/agent',
    'https://desk.example.com?x=1',
    'https://user:pw@desk.example.com',
    'https://desk.example.com.evil.test',
    'desk.example.com',
    'javascript:alert(1)',
  ]) {
    expect(resolveHostOrigin(inputs({ hostOriginParam: param })), param).toMatchObject({ ok: false, reason: 'not-allowed' });
  }
});

test('without a hostOrigin parameter, takes the parent origin from ancestorOrigins before the referrer', () => {
  expect(resolveHostOrigin(inputs({ ancestorOrigin: 'https://desk.example.com', referrer: 'https://evil.test/page' }))).toEqual({
    ok: true,
    origin: 'https://desk.example.com',
  });
  expect(resolveHostOrigin(inputs({ ancestorOrigin: 'https://evil.test', referrer: 'https://desk.example.com/' }))).toEqual({
    ok: false,
    reason: 'not-allowed',
    seen: 'https://evil.test',
  });
});

test('without a hostOrigin parameter or ancestorOrigins, uses the referrer\'s origin, which must be allowed', () => {
  expect(resolveHostOrigin(inputs({ referrer: 'https://desk.example.com/agent/desktop?tab=2' }))).toEqual({
    ok: true,
    origin: 'https://desk.example.com',
  });
  expect(resolveHostOrigin(inputs({ referrer: 'https://desk.example.com.evil.test/agent' }))).toEqual({
    ok: false,
    reason: 'not-allowed',
    seen: 'https://desk.example.com.evil.test',
  });
});

test('reports an unknown origin when nothing tells the parent\'s origin', () => {
  expect(resolveHostOrigin(inputs({}))).toEqual({ ok: false, reason: 'unknown', seen: null });
  expect(resolveHostOrigin(inputs({ referrer: 'not a url' }))).toEqual({ ok: false, reason: 'unknown', seen: null });
});

test('an allowed origin pasted with a trailing slash or in capitals still matches its host', () => {
  const allowed = parseAllowedOrigins('http://desk.example.com/, HTTPS://Eu.Agents.Example.org/ ,https://*.example.net:8443/');
  expect(allowed).toEqual(['http://desk.example.com', 'https://eu.agents.example.org', 'https://*.example.net:8443']);
  expect(isOriginAllowed('http://desk.example.com', allowed)).toBe(true);
  expect(isOriginAllowed('https://eu.agents.example.org', allowed)).toBe(true);
  expect(isOriginAllowed('https://us.example.net:8443', allowed)).toBe(true);
  expect(resolveHostOrigin(inputs({ allowed, hostOriginParam: 'http://desk.example.com', ancestorOrigin: 'http://desk.example.com' }))).toEqual({
    ok: true,
    origin: 'http://desk.example.com',
  });
});

test('allowed-origin entries that are not origins are reported, never silently widened or replaced by loopback', () => {
  const raw = 'https://desk.example.com, desk.example.com, https://desk.example.com/agent, https://desk.example.com//, ftp://desk.example.com';
  expect(checkAllowedOrigins(raw)).toEqual({
    origins: ['https://desk.example.com'],
    invalid: ['desk.example.com', 'https://desk.example.com/agent', 'https://desk.example.com//', 'ftp://desk.example.com'],
  });
  // Only valid ones are used; a list with no valid entry allows nothing (not loopback).
  expect(parseAllowedOrigins(raw)).toEqual(['https://desk.example.com']);
  expect(parseAllowedOrigins('desk.example.com')).toEqual([]);
  expect(isOriginAllowed('http://localhost:5173', parseAllowedOrigins('desk.example.com'))).toBe(false);
  expect(checkAllowedOrigins(undefined)).toEqual({ origins: ['http://localhost:*', 'http://127.0.0.1:*'], invalid: [] });
});

test('a hostOrigin parameter with a trailing slash or in capitals names the same origin', () => {
  for (const param of ['https://desk.example.com/', 'HTTPS://DESK.example.com', 'https://desk.example.com:443/']) {
    expect(resolveHostOrigin(inputs({ hostOriginParam: param, ancestorOrigin: 'https://desk.example.com' })), param).toEqual({
      ok: true,
      origin: 'https://desk.example.com',
    });
  }
  // Still exactly one slash and nothing after it.
  for (const param of ['https://desk.example.com//', 'https://desk.example.com/#', 'https://desk.example.com/?']) {
    expect(resolveHostOrigin(inputs({ hostOriginParam: param })), param).toMatchObject({ ok: false, reason: 'not-allowed' });
  }
});
