import type { CallContext } from '../protocol/call-event';
import { agentZone, todayIn } from '../time/zoned-time';
import type { AgentDesktop } from '../simulator/agent-desktop';
import type { InMemoryOptions } from '../simulator/in-memory';
import { chooseOption, clickButton, fill, pause, waitFor, waitForText } from './play';

const yesterday = () => Temporal.PlainDate.from(todayIn(Temporal.Now.instant(), agentZone())).subtract({ days: 1 }).toString();

export interface PlayContext {
  doc: Document;
  /** The simulated agent desktop the story's widget talks to. */
  desktop: AgentDesktop;
}

/** How the story's desktop answers (scenario data) and how long the widget waits for it. */
export type StoryDesktop = Pick<InMemoryOptions, 'scenario' | 'timeoutMs' | 'modesTimeoutMs'>;

export interface Story {
  id: string;
  title: string;
  /** The spec rule the story shows. */
  rule: string;
  description: string;
  context: CallContext | null;
  desktop?: StoryDesktop;
  theme?: 'dark';
  /** Rendered in a frame this wide, so the widget's own media queries apply. */
  frameWidth?: number;
  play?: (ctx: PlayContext) => Promise<void>;
}

const CALL: CallContext = {
  callid: '12345',
  accountNumber: '5|3|1|0|0|44|1',
  userId: 'testagent',
  leadScore: 40,
  targetAmount: 1250.5,
};

/** Long enough that the state holds while someone looks at it. */
const FOREVER_MS = 60 * 60 * 1000;

async function fillValid({ doc }: PlayContext, comment = 'Customer asked for a call after lunch, on the mobile.') {
  await chooseOption(doc, 'callback-mode', '3');
  await fill(doc, 'comments', comment);
}

async function submitValid(ctx: PlayContext) {
  await fillValid(ctx);
  await clickButton(ctx.doc, 'Schedule callback');
}

/** The list itself: its name is also a story title in the page's navigation. */
async function existingListShown({ doc }: PlayContext): Promise<void> {
  await waitFor(() => doc.querySelector('.existing-list li'), 'the existing callbacks');
}

const NEAR_LIMIT_COMMENT = (
  'Customer is comparing our renewal offer with a competitor and wants the revised quote before deciding. ' +
  'Prefers a call on the mobile after lunch; avoid Mondays. '
)
  .repeat(7)
  .slice(0, 985);

export const STORIES: readonly Story[] = [
  {
    id: 'ready',
    title: 'Pre-filled and ready',
    rule: 'SPEC §4, §5: the call from the URL pre-fills the form; defaults start in 30 minutes, for one hour',
    description: 'The host passed a call, an agent and scores. The host offered three modes. The agent picks a mode and adds a comment.',
    context: CALL,
  },
  {
    id: 'no-call',
    title: 'No active call',
    rule: 'SPEC §4: without a Call ID the widget shows "No active call" and cannot submit',
    description: 'The widget was opened between calls. It fills in when the desktop announces a call.',
    context: null,
  },
  {
    id: 'validation-errors',
    title: 'Validation errors shown',
    rule: 'SPEC §4: every error says what to do, sits next to its field, and focus moves to the first invalid field',
    description: 'Submitted with a start in the past, no mode, a lead score of 150, three decimals in the target amount and no comment.',
    context: CALL,
    async play({ doc }) {
      await fill(doc, 'start-date', yesterday());
      await fill(doc, 'lead-score', '150');
      await fill(doc, 'target-amount', '12.345');
      await waitFor(() => doc.querySelector('#callback-mode option[value="3"]'), 'the modes');
      await clickButton(doc, 'Schedule callback');
      await waitForText(doc, 'Add a comment for the agent who calls back.');
    },
  },
  {
    id: 'modes-loading',
    title: 'Modes loading',
    rule: 'SPEC §6: while modes load, only the mode field waits; the agent can type everything else',
    description: 'The desktop has not answered GetCallBackModes yet. The agent already typed a comment.',
    context: CALL,
    desktop: { scenario: { modes: 'silent' }, modesTimeoutMs: FOREVER_MS },
    async play({ doc }) {
      await fill(doc, 'comments', 'Wants the revised quote first.');
    },
  },
  {
    id: 'modes-unavailable',
    title: 'Modes unavailable: typed mode ID',
    rule: 'SPEC §4: when the host sends no modes, Callback mode is a number input',
    description: 'The desktop answered GetCallBackModes with an empty list. The agent types the mode ID.',
    context: CALL,
    desktop: { scenario: { modes: 'empty' } },
    async play({ doc }) {
      await waitFor(() => doc.querySelector('input#callback-mode'), 'the typed mode input');
      await fill(doc, 'callback-mode', '3');
    },
  },
  {
    id: 'submitting',
    title: 'Submitting',
    rule: 'SPEC §6: never two requests in flight for one call; the form waits for the host',
    description: 'Schedule callback was clicked twice. The host got one SetCallbackWithComments and has not answered yet.',
    context: CALL,
    desktop: { scenario: { schedule: 'silent' }, timeoutMs: FOREVER_MS },
    async play(ctx) {
      await fillValid(ctx);
      await clickButton(ctx.doc, 'Schedule callback');
      await clickButton(ctx.doc, 'Schedule callback');
      await waitForText(ctx.doc, 'Sending to the agent desktop…');
    },
  },
  {
    id: 'scheduled',
    title: 'Scheduled',
    rule: 'SPEC §6: "Callback scheduled" in a status region; the form locks for that call and offers Schedule another',
    description: 'The desktop answered SetCallbackWithCommentsResult with success: true.',
    context: CALL,
    async play(ctx) {
      await submitValid(ctx);
      await waitForText(ctx.doc, 'Callback scheduled');
    },
  },
  {
    id: 'failed',
    title: 'Failed: success false',
    rule: 'SPEC §6: a failed answer shows an error toast, and everything the agent typed stays',
    description: 'The desktop answered SetCallbackWithCommentsResult with success: false.',
    context: CALL,
    desktop: { scenario: { schedule: 'failure' } },
    async play(ctx) {
      await submitValid(ctx);
      await waitForText(ctx.doc, 'could not schedule the callback');
    },
  },
  {
    id: 'ws-error',
    title: 'WS_Error',
    rule: "SPEC §3, §6: a WS_Error shows the host's user message (msg); the technical text goes in the details",
    description: "The desktop answered WS_Error with errorMessage 'Invalid Call ID:12345' and msg 'Invalid Call ID.'",
    context: CALL,
    desktop: { scenario: { schedule: 'ws-error' } },
    async play(ctx) {
      await submitValid(ctx);
      await waitForText(ctx.doc, 'Invalid Call ID.');
    },
  },
  {
    id: 'unknown-retry',
    title: 'Unknown, with Retry',
    rule: 'SPEC §6: no answer within timeoutMs: a toast says the callback may not be scheduled, with Retry; input kept',
    description: 'The desktop never answered. This story uses a 1.2-second timeout instead of 15 seconds.',
    context: CALL,
    desktop: { scenario: { schedule: 'silent' }, timeoutMs: 1_200 },
    async play(ctx) {
      await submitValid(ctx);
      await waitForText(ctx.doc, 'did not answer', 5_000);
    },
  },
  {
    id: 'late-answer',
    title: 'Late answer settles',
    rule: 'SPEC §6: a late answer for the same call within 5 minutes still settles it, and says so',
    description: 'The widget timed out after 1 second; the desktop confirmed after 2 seconds.',
    context: CALL,
    desktop: { scenario: { schedule: 'late', lateAfterMs: 2_000 }, timeoutMs: 1_000 },
    async play(ctx) {
      await submitValid(ctx);
      await waitForText(ctx.doc, 'confirmed it late', 6_000);
    },
  },
  {
    id: 'new-call-banner',
    title: 'New call over a form with edits',
    rule: 'SPEC §7: a form with edits keeps its call and shows "A new call is active (<callid>) · Switch"',
    description: 'The agent typed a comment, then the desktop announced call 67890 with an OutboundCallStateChange.',
    context: CALL,
    async play(ctx) {
      await fill(ctx.doc, 'comments', 'Half-typed note for call 12345.');
      await pause(50);
      ctx.desktop.pushCall({ callid: '67890', accountNumber: '137|1|3|0|0|84|', userId: 'testagent', leadScore: '10', targetAmount: '0' });
      await waitForText(ctx.doc, 'A new call is active');
    },
  },
  {
    id: 'existing-callbacks',
    title: 'Already scheduled for this customer',
    rule: "SPEC §12: this customer's existing callbacks show, each with its window and number; other customers' do not",
    description:
      "The desktop answered GetPersonalCallbackList with a callback to this customer's home number (written +65 9146-0012) and one of another customer.",
    context: CALL,
    desktop: { scenario: { callbackList: 'clash' } },
    play: existingListShown,
  },
  {
    id: 'existing-unchecked',
    title: 'Existing callbacks not checked',
    rule: 'SPEC §12: a desktop that does not answer the list never blocks scheduling; a muted note says so',
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
    rule: 'SPEC §12: a window that overlaps an existing callback of this customer asks first; nothing is sent until Schedule anyway',
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
    rule: 'SPEC §12: a scheduled callback joins the list, so the next one on the same day asks first',
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
    rule: 'SPEC §6, §12: before a Retry resends, the widget asks for the list again and warns when the callback is already there',
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
  {
    id: 'dark-theme',
    title: 'Dark theme',
    rule: 'SPEC §5, §10: theme=dark; every text meets WCAG 2.2 AA contrast',
    description: 'The ready form, with a mode chosen and a comment, in the dark theme.',
    context: CALL,
    theme: 'dark',
    play: (ctx) => fillValid(ctx),
  },
  {
    id: 'comments-near-limit',
    title: 'Comments near the limit',
    rule: 'SPEC §4: Comments are at most 1000 characters, with a live counter',
    description: 'A long comment, 15 characters under the limit. The counter updates as the agent types.',
    context: CALL,
    async play({ doc }) {
      await fill(doc, 'comments', NEAR_LIMIT_COMMENT);
    },
  },
  {
    id: 'narrow-width',
    title: 'Narrow width (360 px)',
    rule: 'SPEC §1, §10: the widget works in a 360 px panel of the agent desktop',
    description: 'The widget in a 360 px wide frame: fields stack, nothing scrolls sideways.',
    context: CALL,
    frameWidth: 360,
  },
];

export function findStory(id: string): Story | undefined {
  return STORIES.find((story) => story.id === id);
}
