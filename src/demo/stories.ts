import { agentZone, todayIn } from '../time/zoned-time';
import { clickButton, fill, pause, waitFor, waitForText } from './play';
import { EXISTING_STORIES } from './stories-existing';
import { TIME_STORIES } from './stories-time';
import type { Story } from './story';
import { CALL, fillValid, FOREVER_MS, submitValid } from './story';

const yesterday = () => Temporal.PlainDate.from(todayIn(Temporal.Now.instant(), agentZone())).subtract({ days: 1 }).toString();

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
    rule: 'The call from the URL pre-fills the form; the window starts in 30 minutes, for one hour',
    doc: 'url-parameters',
    description: 'The host passed a call, an agent and scores. The host offered three modes. The agent picks a mode and adds a comment.',
    context: CALL,
  },
  {
    id: 'no-call',
    title: 'No active call',
    rule: 'Without a call ID the widget says "No active call" and offers nothing to press',
    doc: 'url-parameters',
    description: 'The widget was opened between calls. It fills in when the desktop announces a call.',
    context: null,
  },
  {
    id: 'validation-errors',
    title: 'Validation errors shown',
    rule: 'Every error says what to do, sits next to its field, and focus moves to the first invalid one',
    doc: 'accessibility-and-layout',
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
    rule: 'While the numbers load only the mode field waits; the agent can type everything else',
    doc: 'messages-the-widget-sends',
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
    rule: 'No numbers from the desktop: the agent types the mode ID, told where IDs come from, or retries',
    doc: 'messages-the-widget-receives',
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
    rule: 'One message per submit; the form is locked and shows the time waited until the desktop answers',
    doc: 'one-message-per-submit',
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
    rule: '"Callback scheduled" in a status region; the form locks for that call and offers Schedule another',
    doc: 'outcomes',
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
    rule: '"Callback not scheduled", the desktop\'s words and the next step; everything typed stays',
    doc: 'outcomes',
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
    rule: "A WS_Error shows the desktop's message (msg); the technical text is in the details",
    doc: 'messages-the-widget-receives',
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
    rule: 'No answer within timeoutMs: the callback may not be scheduled, with Retry; input kept',
    doc: 'outcomes',
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
    rule: 'A late answer for the same call within 5 minutes still settles it, and says so',
    doc: 'outcomes',
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
    rule: 'A form with edits keeps its call, offers the switch and says what happens to the draft',
    doc: 'new-calls',
    description: 'The agent typed a comment, then the desktop announced call 67890 with an OutboundCallStateChange.',
    context: CALL,
    async play(ctx) {
      await fill(ctx.doc, 'comments', 'Half-typed note for call 12345.');
      await pause(50);
      ctx.desktop.pushCall({ callid: '67890', accountNumber: '137|1|3|0|0|84|', userId: 'testagent', leadScore: '10', targetAmount: '0' });
      await waitForText(ctx.doc, 'A new call is active');
    },
  },
  ...TIME_STORIES,
  ...EXISTING_STORIES,
  {
    id: 'dark-theme',
    title: 'Dark theme',
    rule: 'theme=dark; every text meets WCAG 2.2 AA contrast, and read-only details read as text',
    doc: 'url-parameters',
    description: 'The ready form, with a mode chosen and a comment, in the dark theme.',
    context: CALL,
    theme: 'dark',
    play: (ctx) => fillValid(ctx),
  },
  {
    id: 'comments-near-limit',
    title: 'Comments near the limit',
    rule: 'Comments are at most 1000 characters, with a live counter',
    doc: 'messages-the-widget-sends',
    description: 'A long comment, 15 characters under the limit. The counter updates as the agent types.',
    context: CALL,
    async play({ doc }) {
      await fill(doc, 'comments', NEAR_LIMIT_COMMENT);
    },
  },
  {
    id: 'narrow-width',
    title: 'Narrow width (360 px)',
    rule: 'The widget works in a 360 px panel: one column, the call on one line, nothing cut off',
    doc: 'embedding',
    description: 'The widget in a 360 px wide frame: fields stack, nothing scrolls sideways.',
    context: CALL,
    frameWidth: 360,
  },
];

export function findStory(id: string): Story | undefined {
  return STORIES.find((story) => story.id === id);
}
