import { QueryClient } from '@tanstack/react-query';
import { act } from '@testing-library/react';
import type { Root } from 'react-dom/client';
import { hydrateRoot } from 'react-dom/client';
import type { DraftStore } from '../callback/draft-store';
import { createDraftStore, memoryBackend } from '../callback/draft-store';
import { freshValues } from '../callback/form-values';
import type { CallContext } from '../protocol/call-event';
import { connectWidget } from '../test/open-widget';
import { field, mountMarkup, typeInto } from '../test/prerendered';
import { readTimeSettings } from '../time/time-settings';
import { agentZone } from '../time/zoned-time';
import { prefillForm } from './prefill';
import { WidgetRoot } from './widget-root';

const NOW = new Date(2026, 10, 24, 9, 7);
const TIME = readTimeSettings({}, agentZone());
const CONTEXT: CallContext = { callid: '12345', accountNumber: '5|3|1|0|0|44|1', userId: 'testagent', leadScore: 42, targetAmount: null };

let drafts: DraftStore;
beforeEach(() => {
  drafts = createDraftStore(memoryBackend());
});
afterEach(() => {
  document.body.innerHTML = '';
});

test('the build-time markup is the real form, hidden, with no values of its own', () => {
  const root = mountMarkup();
  expect(root.hidden).toBe(true);
  expect(field('Comments').localName).toBe('textarea');
  expect(field('Start date').type).toBe('date');
  expect(field('Call ID').value).toBe('');
});

test('fills the form from the call, shows it and paints the counter as the agent types', () => {
  const root = mountMarkup();
  expect(prefillForm(root, CONTEXT, drafts, NOW, TIME)).not.toBeNull();
  const fresh = freshValues(CONTEXT, NOW, TIME);
  expect(root.hidden).toBe(false);
  expect(field('Call ID').value).toBe('12345');
  expect(field('Account number').value).toBe('5|3|1|0|0|44|1');
  expect(field('Agent ID').value).toBe('testagent');
  expect(field('Agent ID').readOnly).toBe(true);
  expect(field('Start date').value).toBe(fresh.startDate);
  expect(field('End time').value).toBe(fresh.endTime);
  expect(field('Lead score').value).toBe('42');
  expect(field('Target amount').value).toBe('0');
  expect(root.querySelector<HTMLInputElement>('input[value="regular"]')?.checked).toBe(true);
  expect(root.querySelector('.widget-subtitle')?.textContent).toBe('Call 12345');
  expect(root.querySelector('.counter')?.textContent).toBe('0 / 1000 characters');
  typeInto(field('Comments'), 'abc');
  expect(root.querySelector('.counter')?.textContent).toBe('3 / 1000 characters');
});

test.each([
  ['no call', null],
  ['no account number (the form would offer a typed mode)', { ...CONTEXT, accountNumber: '' }],
  ['no agent ID (the field would be editable)', { ...CONTEXT, userId: '' }],
])('steps aside for %s', (_name, context) => {
  const root = mountMarkup();
  expect(prefillForm(root, context, drafts, NOW, TIME)).toBeNull();
  expect(root.hidden).toBe(true);
});

test('steps aside when the call was already scheduled (the form would be locked)', () => {
  const root = mountMarkup();
  drafts.saveRecord('scheduled', '12345', { summary: 'Mobile', at: 1 });
  expect(prefillForm(root, CONTEXT, drafts, NOW, TIME)).toBeNull();
});

test('fills a saved draft, and a saved mode the loading select cannot hold yet is no edit', () => {
  const root = mountMarkup();
  drafts.saveDraft({ ...freshValues(CONTEXT, NOW, TIME), modeId: '3', callbackType: 'personal', comments: 'from the draft' });
  const prefilled = prefillForm(root, CONTEXT, drafts, NOW, TIME);
  expect(field('Comments').value).toBe('from the draft');
  expect(root.querySelector<HTMLInputElement>('input[value="personal"]')?.checked).toBe(true);
  expect(root.querySelector('select')?.value).toBe('');
  expect(prefilled?.takeOver()).toEqual({
    values: expect.objectContaining({ modeId: '3', comments: 'from the draft', callbackType: 'personal' }),
    edited: false,
    submitRequested: false,
    quickPick: null,
    windowEdited: false,
  });
});

test('a submit before React is never native: it is recorded, with what the agent typed', () => {
  const root = mountMarkup();
  const prefilled = prefillForm(root, CONTEXT, drafts, NOW, TIME);
  typeInto(field('Comments'), 'Call after lunch');
  const submit = new Event('submit', { cancelable: true });
  root.querySelector('form')?.dispatchEvent(submit);
  expect(submit.defaultPrevented).toBe(true);
  const handed = prefilled?.takeOver();
  expect(handed?.submitRequested).toBe(true);
  expect(handed?.edited).toBe(true);
  expect(handed?.values.comments).toBe('Call after lunch');
});

test('when the app fails to load it says so and keeps every later edit as a draft', () => {
  const root = mountMarkup();
  prefillForm(root, CONTEXT, drafts, NOW, TIME)?.failed();
  expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/did not finish loading.*What you typed is kept/);
  typeInto(field('Comments'), 'kept for the reload');
  expect(drafts.loadDraft('12345')?.comments).toBe('kept for the reload');
});

const zoneHint = () => document.getElementById('customer-zone-hint');

test.each([
  // Another zone than the build's, so the note in the markup must be the frame's own.
  ['the desktop names no customer zone: the note says so before React', CONTEXT, "The desktop did not say the customer's time zone: using yours (Europe/Berlin)."],
  ['the desktop names the customer zone: no note', { ...CONTEXT, timeZone: 'America/Chicago' }, ''],
])('React hydrates the filled form in place (%s): the same elements, the typed text, no mismatch', async (_name, context, note) => {
  const time = readTimeSettings({}, 'Europe/Berlin');
  const root = mountMarkup();
  const prefilled = prefillForm(root, context, drafts, NOW, time);
  const comments = field('Comments');
  const hint = zoneHint();
  expect(hint?.textContent).toBe(note);
  expect(field('Customer time zone').getAttribute('aria-describedby')).toBe(note ? hint?.id : null);
  typeInto(comments, 'typed before React');
  const handover = prefilled?.takeOver();
  // The desktop never answers here: this test is about the hand-over, not the modes.
  const host = connectWidget({ scenario: { modes: 'silent' } });
  const recoverable = vi.fn();
  let reactRoot: Root | undefined;
  await act(async () => {
    reactRoot = hydrateRoot(
      root,
      <WidgetRoot config={{ context, userId: context.userId, time }} bridge={host.bridge} drafts={drafts} client={new QueryClient()} prefilled={handover ?? null} />,
      { onRecoverableError: recoverable },
    );
  });
  expect(recoverable).not.toHaveBeenCalled();
  expect(field('Comments')).toBe(comments);
  expect(comments.value).toBe('typed before React');
  // The note was there before React and stays, so nothing under it moved.
  expect(zoneHint() === hint).toBe(true);
  expect(hint?.textContent).toBe(note);
  // The typing is a draft now, kept for a reload, and React's form asks the desktop for modes.
  expect(drafts.loadDraft('12345')?.comments).toBe('typed before React');
  expect(host.desktop.requests().map((request) => request.subtopic)).toEqual(['GetCallBackModes']);
  // Before the desktop connection closes: the modes request it ends must find no form.
  act(() => reactRoot?.unmount());
});
