import { expect, test } from 'vitest';
import { contentSecurityPolicy } from './security-headers';

const directives = (csp: string) => new Map(csp.split(';').map((part) => {
  const [name = '', ...values] = part.trim().split(/\s+/);
  return [name, values] as const;
}));

test('lists exactly the allowed host origins in frame-ancestors', () => {
  const csp = directives(contentSecurityPolicy('https://desk.example.com, https://*.agents.example.org'));
  expect(csp.get('frame-ancestors')).toEqual(['https://desk.example.com', 'https://*.agents.example.org']);
});

test('lets loopback origins embed the widget when no allowed origins are configured', () => {
  const csp = directives(contentSecurityPolicy(undefined));
  expect(csp.get('frame-ancestors')).toEqual(['http://localhost:*', 'http://127.0.0.1:*']);
});

test('restricts everything to self, with no inline code, no eval and no wildcard source', () => {
  const raw = contentSecurityPolicy('https://desk.example.com');
  const csp = directives(raw);
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('script-src')).toEqual(["'self'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(raw).not.toContain('unsafe-inline');
  expect(raw).not.toContain('unsafe-eval');
  for (const values of csp.values()) expect(values).not.toContain('*');
});

test('writes allowed origins as origins: a trailing slash or capitals pasted into the list are dropped', () => {
  const csp = directives(contentSecurityPolicy('https://Desk.Example.com/, https://*.agents.example.org/'));
  expect(csp.get('frame-ancestors')).toEqual(['https://desk.example.com', 'https://*.agents.example.org']);
  expect(csp.get('frame-src')).toEqual(["'self'", 'https://desk.example.com', 'https://*.agents.example.org']);
});

test('a list with no valid origin lets nobody frame the widget', () => {
  const csp = directives(contentSecurityPolicy('desk.example.com'));
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('frame-src')).toEqual(["'self'"]);
});
