import { createDraftStore, memoryBackend } from '../callback/draft-store';
import type { DraftStore } from '../callback/draft-store';
import { defaultWindow } from '../callback/date-time';
import type { CallContext } from '../protocol/call-context';
import { SHELL_ELEMENT_ID, restoreFocus, showWidgetShell } from './widget-shell';
import { renderWidgetShell } from './widget-shell-markup';

const NOW = new Date(2026, 10, 24, 9, 7);
const CONTEXT: CallContext = { callid: '12345', accountNumber: '5|3|1|0|0|44|1', userId: 'testagent', leadScore: 42, targetAmount: null };

function mountMarkup() {
  document.body.innerHTML = `<div id="root"></div><div id="${SHELL_ELEMENT_ID}" hidden>${renderWidgetShell()}</div>`;
  return document.getElementById(SHELL_ELEMENT_ID) as HTMLElement;
}

const field = (label: string) => {
  const element = [...document.querySelectorAll('label')].find((candidate) => candidate.textContent?.trim() === label)?.control;
  if (!element) throw new Error(`no field labelled ${label}`);
  return element as HTMLInputElement;
};

function typeInto(element: HTMLInputElement | HTMLTextAreaElement, text: string) {
  element.value = text;
  element.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('the static shell', () => {
  let drafts: DraftStore;
  beforeEach(() => {
    drafts = createDraftStore(memoryBackend());
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('is the real form, hidden, with no values of its own, at build time', () => {
    const shell = mountMarkup();
    expect(shell.hidden).toBe(true);
    expect(field('Comments').localName).toBe('textarea');
    expect(field('Start date').type).toBe('date');
    expect(field('Call ID').value).toBe('');
  });

  it('fills the form from the call, shows it and paints the counter', () => {
    const shell = mountMarkup();
    expect(showWidgetShell(document, CONTEXT, drafts, NOW)).not.toBeNull();
    const window = defaultWindow(NOW);
    expect(shell.hidden).toBe(false);
    expect(field('Call ID').value).toBe('12345');
    expect(field('Account number').value).toBe('5|3|1|0|0|44|1');
    expect(field('Agent ID').value).toBe('testagent');
    expect(field('Agent ID').readOnly).toBe(true);
    expect(field('Start date').value).toBe(window.startDate);
    expect(field('End time').value).toBe(window.endTime);
    expect(field('Lead score').value).toBe('42');
    expect(field('Target amount').value).toBe('0');
    expect(shell.querySelector<HTMLInputElement>('input[value="regular"]')?.checked).toBe(true);
    expect(shell.querySelector('.widget-subtitle')?.textContent).toBe('Call 12345');
    expect(shell.querySelector('.counter')?.textContent).toBe('0 / 1000 characters');
    typeInto(field('Comments'), 'abc');
    expect(shell.querySelector('.counter')?.textContent).toBe('3 / 1000 characters');
  });

  it.each([
    ['no call', null],
    ['no account number (the form would offer a typed mode)', { ...CONTEXT, accountNumber: '' }],
    ['no agent ID (the field would be editable)', { ...CONTEXT, userId: '' }],
  ])('steps aside for %s', (_name, context) => {
    mountMarkup();
    expect(showWidgetShell(document, context, drafts, NOW)).toBeNull();
    expect(document.getElementById(SHELL_ELEMENT_ID)).toBeNull();
  });

  it.each(['draft', 'scheduled', 'sent'] as const)('steps aside when the call has a saved %s', (kind) => {
    mountMarkup();
    if (kind === 'draft') drafts.saveDraft({ ...defaultWindow(NOW), callid: '12345', accountNumber: 'a', userId: 'u', modeId: '', callbackType: 'regular', leadScore: '0', targetAmount: '0', comments: 'x' });
    else drafts.saveRecord(kind, '12345', { summary: 'Mobile', at: 1 });
    expect(showWidgetShell(document, CONTEXT, drafts, NOW)).toBeNull();
    expect(document.getElementById(SHELL_ELEMENT_ID)).toBeNull();
  });

  it('hands over what the agent typed, the focused field and its caret', () => {
    mountMarkup();
    const shell = showWidgetShell(document, CONTEXT, drafts, NOW);
    expect(shell?.read().edited).toBe(false);
    const comments = field('Comments');
    typeInto(comments, 'Call back after lunch');
    comments.focus();
    comments.setSelectionRange(10, 15, 'backward');
    (document.querySelector('input[value="personal"]') as HTMLInputElement).checked = true;
    const handover = shell?.read();
    expect(handover?.edited).toBe(true);
    expect(handover?.values.comments).toBe('Call back after lunch');
    expect(handover?.values.callbackType).toBe('personal');
    expect(handover?.values.callid).toBe('12345');
    expect(handover?.focus).toEqual({ id: 'comments', selection: { start: 10, end: 15, direction: 'backward' } });

    // The same id, rendered anew (by React, in the app): focus and caret come back.
    shell?.remove();
    document.body.insertAdjacentHTML('beforeend', '<textarea id="comments">Call back after lunch</textarea>');
    restoreFocus(document, handover?.focus ?? null);
    const again = document.getElementById('comments') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(again);
    expect([again.selectionStart, again.selectionEnd, again.selectionDirection]).toEqual([10, 15, 'backward']);
  });

  it.each([
    ['a radio button', 'Personal (only me)'],
    ['the Schedule button', 'Schedule callback'],
  ])('hands over focus on %s too (no caret)', (_name, text) => {
    mountMarkup();
    const shell = showWidgetShell(document, CONTEXT, drafts, NOW);
    const element = [...document.querySelectorAll<HTMLElement>('label, button')].find((candidate) => candidate.textContent?.trim() === text);
    const focusable = element instanceof HTMLLabelElement ? element.control : element;
    focusable?.focus();
    expect(document.activeElement).toBe(focusable);
    expect(shell?.read().focus).toEqual({ id: focusable?.id, selection: null });
    expect(focusable?.id).not.toBe('');
  });

  it('never lets the form submit natively, and remembers that the agent asked', () => {
    mountMarkup();
    const shell = showWidgetShell(document, CONTEXT, drafts, NOW);
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    document.querySelector('form')?.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
    expect(shell?.read().submitRequested).toBe(true);
  });

  it('when the app fails to load: says so, and keeps every edit as a draft from then on', () => {
    mountMarkup();
    const shell = showWidgetShell(document, CONTEXT, drafts, NOW);
    typeInto(field('Comments'), 'first');
    shell?.failed();
    expect(document.querySelector('[role="alert"]')?.textContent).toMatch(/did not finish loading.*Reload the frame/);
    expect(drafts.loadDraft('12345')?.comments).toBe('first');
    typeInto(field('Comments'), 'first and more');
    expect(drafts.loadDraft('12345')?.comments).toBe('first and more');
  });

  it('saves no draft on failure when nothing was typed', () => {
    mountMarkup();
    showWidgetShell(document, CONTEXT, drafts, NOW)?.failed();
    expect(drafts.loadDraft('12345')).toBeNull();
  });
});
