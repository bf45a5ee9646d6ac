import { expect, test } from 'vitest';
import { readWidgetConfig } from './widget-config';

test('reads the call from the URL whatever the case of the parameter names', () => {
  const config = readWidgetConfig(
    '?CallID=12345&ACCOUNTNUMBER=5%7C3%7C1%7C0%7C0%7C44%7C1&userid=testagent&LeadScore=55&TARGETAMOUNT=1250.50',
  );
  expect(config.context).toEqual({
    callid: '12345',
    accountNumber: '5|3|1|0|0|44|1',
    userId: 'testagent',
    leadScore: 55,
    targetAmount: 1250.5,
  });
  expect(config.userId).toBe('testagent');
});

test('an account number with an empty last segment is kept as given', () => {
  expect(readWidgetConfig('?callid=1&accountNumber=137|1|3|0|0|84|').context?.accountNumber).toBe('137|1|3|0|0|84|');
});

test('without a callid there is no call, but the agent ID is kept for later call events', () => {
  const config = readWidgetConfig('?userId=testagent&accountNumber=5|3|1');
  expect(config.context).toBeNull();
  expect(config.userId).toBe('testagent');
  expect(readWidgetConfig('?callid=&userId=a').context).toBeNull();
});

test('lead score and target amount are numbers when given, else null', () => {
  expect(readWidgetConfig('?callid=1').context).toMatchObject({ leadScore: null, targetAmount: null, accountNumber: '', userId: '' });
  expect(readWidgetConfig('?callid=1&leadScore=0&targetAmount=0').context).toMatchObject({ leadScore: 0, targetAmount: 0 });
  expect(readWidgetConfig('?callid=1&leadScore=high&targetAmount=').context).toMatchObject({ leadScore: null, targetAmount: null });
});

test('the timeout defaults to 15000 ms and is clamped to 1000–120000', () => {
  expect(readWidgetConfig('').timeoutMs).toBe(15_000);
  expect(readWidgetConfig('?timeoutMs=30000').timeoutMs).toBe(30_000);
  expect(readWidgetConfig('?TIMEOUTMS=5').timeoutMs).toBe(1_000);
  expect(readWidgetConfig('?timeoutMs=-20000').timeoutMs).toBe(1_000);
  expect(readWidgetConfig('?timeoutMs=999999').timeoutMs).toBe(120_000);
  expect(readWidgetConfig('?timeoutMs=1000').timeoutMs).toBe(1_000);
  expect(readWidgetConfig('?timeoutMs=120000').timeoutMs).toBe(120_000);
});

test('a timeout that is not a number falls back to the default', () => {
  for (const value of ['soon', '', 'Infinity', 'NaN', '15s']) {
    expect(readWidgetConfig(`?timeoutMs=${value}`).timeoutMs, value).toBe(15_000);
  }
});

test('the theme is light, dark or system, and anything else means system', () => {
  expect(readWidgetConfig('?theme=light').theme).toBe('light');
  expect(readWidgetConfig('?Theme=DARK').theme).toBe('dark');
  expect(readWidgetConfig('?theme=system').theme).toBe('system');
  expect(readWidgetConfig('?theme=blue').theme).toBe('system');
  expect(readWidgetConfig('').theme).toBe('system');
});

test('the source defaults to set-callback-widget and can be overridden', () => {
  expect(readWidgetConfig('').source).toBe('set-callback-widget');
  expect(readWidgetConfig('?source=').source).toBe('set-callback-widget');
  expect(readWidgetConfig('?Source=crm-panel').source).toBe('crm-panel');
});

test('the subscriber ID and host origin are read when present, else null', () => {
  expect(readWidgetConfig('?SubscriberID=sub-1&HostOrigin=https%3A%2F%2Fdesk.example.com')).toMatchObject({
    subscriberId: 'sub-1',
    hostOriginParam: 'https://desk.example.com',
  });
  expect(readWidgetConfig('?subscriberId=')).toMatchObject({ subscriberId: null, hostOriginParam: null });
});

test('debug is on only for debug=1', () => {
  expect(readWidgetConfig('?debug=1').debug).toBe(true);
  for (const search of ['', '?debug=true', '?debug=0', '?debug=yes', '?debug']) {
    expect(readWidgetConfig(search).debug, search).toBe(false);
  }
});

test('the first occurrence of a parameter wins, whatever its case', () => {
  expect(readWidgetConfig('?callid=12345&CALLID=99999').context?.callid).toBe('12345');
});
