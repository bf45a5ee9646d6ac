import { expect, test } from 'vitest';
import { DEFAULT_CALL } from '../simulator/wire';
import { buildWidgetUrl, widgetOriginFor } from './embedding';

const HOST = 'http://localhost:5173';

test('the widget comes from the other loopback name, unless overridden', () => {
  expect(widgetOriginFor('http://localhost:5173/dev')).toBe('http://127.0.0.1:5173');
  expect(widgetOriginFor('http://127.0.0.1:4173/dev?x=1')).toBe('http://localhost:4173');
  expect(widgetOriginFor('http://localhost:5173/dev?widgetOrigin=https://widget.example.com')).toBe('https://widget.example.com');
  expect(widgetOriginFor('http://localhost:5173/dev?widgetOrigin=javascript:alert(1)')).toBe('http://127.0.0.1:5173');
});

test('the widget URL carries the call and the host origin, and skips empty options', () => {
  const url = new URL(buildWidgetUrl('http://127.0.0.1:5173', DEFAULT_CALL, { hostOrigin: HOST, subscriberId: '', timeoutMs: '2000', theme: 'system' }));
  expect(url.origin).toBe('http://127.0.0.1:5173');
  expect(Object.fromEntries(url.searchParams)).toEqual({
    callid: '12345',
    accountNumber: '5|3|1|0|0|44|1',
    userId: 'testagent',
    leadScore: '0',
    targetAmount: '0',
    hostOrigin: HOST,
    timeoutMs: '2000',
  });
});
