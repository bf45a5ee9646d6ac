import type { CallContext } from '../protocol/call-event';
import type { TimeParams } from '../time/time-settings';
import { agentZone, todayIn } from '../time/zoned-time';
import type { AgentDesktop } from '../simulator/agent-desktop';
import type { InMemoryOptions } from '../simulator/in-memory';
import { chooseOption, clickButton, fill, pause, waitFor, waitForText } from './play';

/** The next DST change of `zone` that skips an hour (`gap`) or repeats one (`repeat`), from today. */
function nextChange(zone: string, kind: 'gap' | 'repeat'): Temporal.ZonedDateTime {
  let at = Temporal.Now.zonedDateTimeISO(zone);
  for (let step = 0; step < 4; step += 1) {
    const change = at.getTimeZoneTransition('next');
    if (!change) break;
    const springs = change.offsetNanoseconds > change.subtract({ minutes: 1 }).offsetNanoseconds;
    if (springs === (kind === 'gap')) return change;
    at = change;
  }
  throw new Error(`${zone} has no DST change ahead`);
}

/** Half an hour into the hour a DST change skips or repeats, as input values: `[date, time]`. */
function changeInputs(kind: 'gap' | 'repeat'): [string, string] {
  const change = nextChange('America/New_York', kind);
  // A gap ends where the change lands (03:00): 02:30 is skipped. A repeat starts there (01:00): 01:30 comes twice.
  const inside = change.toPlainTime().add({ minutes: kind === 'gap' ? -30 : 30 });
  return [change.toPlainDate().toString(), inside.toString({ smallestUnit: 'minute' })];
}

const tomorrow = () => Temporal.PlainDate.from(todayIn(Temporal.Now.instant(), 'America/Chicago')).add({ days: 1 }).toString();

async function setStart(doc: Document, date: string, time: string) {
  await fill(doc, 'start-date', date);
  await fill(doc, 'start-time', time);
}

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
  /** The promise the story shows, in a line. */
  rule: string;
  /** Where docs/integration.md states it: a heading's anchor. */
  doc: string;
  description: string;
  context: CallContext | null;
  /** The URL's customer-time parameters (customer and schedule zones, calling hours, horizon). */
  time?: TimeParams;
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
  {
    id: 'customer-zone',
    title: "Customer in another time zone",
    rule: "The window is entered on the customer's clock (Chicago), with the agent's clock beside it",
    doc: 'time-zones-and-calling-hours',
    description:
      "The desktop passed customerTimeZone=America/Chicago. The agent picks Tomorrow 14:00; the line under the window shows the same window on the agent's own clock.",
    context: CALL,
    time: { customerTimeZone: 'America/Chicago' },
    async play(ctx) {
      await clickButton(ctx.doc, 'Tomorrow 14:00');
      await fillValid(ctx);
      await waitForText(ctx.doc, 'Your time:');
    },
  },
  {
    id: 'dst-gap',
    title: 'A time DST skips',
    rule: "A time that does not exist (spring forward) is an error naming the jump and the first valid time",
    doc: 'time-zones-and-calling-hours',
    description: 'Customer in New York, the night the clocks jump from 02:00 to 03:00. The agent typed 02:30 and pressed Schedule.',
    context: CALL,
    time: { customerTimeZone: 'America/New_York', callingHours: 'off', maxDaysAhead: '365' },
    async play(ctx) {
      const [date, time] = changeInputs('gap');
      await setStart(ctx.doc, date, time);
      await fillValid(ctx);
      await clickButton(ctx.doc, 'Schedule callback');
      await waitForText(ctx.doc, 'clocks jump to');
    },
  },
  {
    id: 'dst-repeat',
    title: 'A time DST repeats',
    rule: "A time that exists twice (fall back) takes the first occurrence, and a hint names its offset",
    doc: 'time-zones-and-calling-hours',
    description: 'Customer in New York, the night the clocks go back from 02:00 to 01:00. The agent typed 01:30.',
    context: CALL,
    time: { customerTimeZone: 'America/New_York', callingHours: 'off', maxDaysAhead: '365' },
    async play(ctx) {
      const [date, time] = changeInputs('repeat');
      await setStart(ctx.doc, date, time);
      await waitForText(ctx.doc, 'happens twice');
    },
  },
  {
    id: 'outside-calling-hours',
    title: 'Outside calling hours',
    rule: "The whole window must lie within calling hours (08:00 to 21:00 the customer's time); Move to next allowed time fixes it",
    doc: 'time-zones-and-calling-hours',
    description: 'Customer in Chicago. The agent typed 20:30 tomorrow, so the window ends at 21:30, and pressed Schedule.',
    context: CALL,
    time: { customerTimeZone: 'America/Chicago' },
    async play(ctx) {
      await setStart(ctx.doc, tomorrow(), '20:30');
      await fillValid(ctx);
      await clickButton(ctx.doc, 'Schedule callback');
      await waitForText(ctx.doc, 'Move to next allowed time');
    },
  },
  {
    id: 'crosses-midnight',
    title: 'A window that crosses midnight',
    rule: "What is sent is the window on the schedule zone's clock, on the right day",
    doc: 'time-zones-and-calling-hours',
    description:
      'Customer in Tokyo, the desktop reads times in UTC (scheduleTimeZone=UTC). 08:30 to 09:30 in Tokyo is 23:30 to 00:30 UTC: the dates sent differ. The confirmation names both clocks.',
    context: CALL,
    time: { customerTimeZone: 'Asia/Tokyo', scheduleTimeZone: 'UTC' },
    async play(ctx) {
      const date = Temporal.PlainDate.from(todayIn(Temporal.Now.instant(), 'Asia/Tokyo')).add({ days: 1 }).toString();
      await setStart(ctx.doc, date, '08:30');
      await submitValid(ctx);
      await waitForText(ctx.doc, 'Callback scheduled');
    },
  },
  {
    id: 'unknown-zone',
    title: 'An unknown time zone',
    rule: "An invalid zone falls back to the agent's and says so; malformed settings fall back to their defaults",
    doc: 'time-zones-and-calling-hours',
    description: "The desktop passed customerTimeZone=Mars/Olympus_Mons and callingHours=7-22. The widget uses the agent's zone and 08:00 to 21:00, and says so.",
    context: CALL,
    time: { customerTimeZone: 'Mars/Olympus_Mons', callingHours: '7-22' },
    async play({ doc }) {
      await waitForText(doc, 'which is not a time zone');
    },
  },
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
