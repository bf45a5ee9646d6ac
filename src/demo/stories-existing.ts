import { clickButton, waitForText } from './play';
import type { Story } from './story';
import { CALL, existingListShown, fillValid, FOREVER_MS, submitValid } from './story';

// This customer's existing callbacks and the clash check (docs/integration.md#existing-callbacks).

export const EXISTING_STORIES: readonly Story[] = [
  {
    id: 'existing-callbacks',
    title: 'Already scheduled for this customer',
    rule: "This customer's existing callbacks show, each with its window and number; other customers' do not",
    doc: 'existing-callbacks',
    description:
      "The desktop answered GetPersonalCallbackList with a callback to this customer's home number (written +65 9146-0012) and one of another customer.",
    context: CALL,
    desktop: { scenario: { callbackList: 'clash' } },
    play: existingListShown,
  },
  {
    id: 'existing-unchecked',
    title: 'Existing callbacks not checked',
    rule: 'A desktop that does not answer the list never blocks scheduling; a muted note says so',
    doc: 'existing-callbacks',
    description: 'The desktop never answered GetPersonalCallbackList. This story waits 1 second for it instead of up to 5.',
    context: CALL,
    desktop: { scenario: { callbackList: 'silent' }, modesTimeoutMs: 1_000 },
    async play(ctx) {
      await fillValid(ctx);
      await waitForText(ctx.doc, 'Existing callbacks could not be checked', 5_000);
    },
  },
  {
    id: 'clash-dialog',
    title: 'Clash: confirm first',
    rule: 'A window that overlaps an existing callback of this customer asks first; nothing is sent until Schedule anyway',
    doc: 'existing-callbacks',
    description: "The agent pressed Schedule callback with the default window, which overlaps the customer's existing callback.",
    context: CALL,
    desktop: { scenario: { callbackList: 'clash' } },
    async play(ctx) {
      await existingListShown(ctx);
      await submitValid(ctx);
      await waitForText(ctx.doc, 'The new window overlaps it.');
    },
  },
  {
    id: 'same-day-after-success',
    title: 'Schedule another: same day',
    rule: 'A scheduled callback joins the list, so the next one on the same day asks first',
    doc: 'existing-callbacks',
    description: 'The desktop confirmed a callback; the agent pressed Schedule another and Schedule callback again for the same day.',
    context: CALL,
    async play(ctx) {
      await submitValid(ctx);
      await clickButton(ctx.doc, 'Schedule another');
      await submitValid(ctx);
      await waitForText(ctx.doc, 'This customer already has a callback');
    },
  },
  {
    id: 'retry-already-scheduled',
    title: 'Retry: maybe already scheduled',
    rule: 'Before a Retry resends, the widget asks for the list again and warns when the callback is already there',
    doc: 'existing-callbacks',
    description:
      'The desktop booked the callback but did not answer within the 1.2-second timeout of this story; the agent pressed Retry.',
    context: CALL,
    desktop: { scenario: { schedule: 'late', lateAfterMs: FOREVER_MS }, timeoutMs: 1_200 },
    async play(ctx) {
      await submitValid(ctx);
      // The toast's own words: "did not answer" is in this story's description too.
      await waitForText(ctx.doc, 'The callback may not have been scheduled.', 10_000);
      await clickButton(ctx.doc, 'Retry');
      // Retry asks the desktop again and loads the dialog's code first.
      await waitForText(ctx.doc, 'This callback may already be scheduled', 10_000);
    },
  },
];
