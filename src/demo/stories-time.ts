import { todayIn } from '../time/zoned-time';
import { clickButton, fill, waitForText } from './play';
import type { Story } from './story';
import { CALL, fillValid, submitValid } from './story';

// The customer's time: zones, DST, calling hours, midnight (docs/integration.md#time-zones-and-calling-hours).

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

export const TIME_STORIES: readonly Story[] = [
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
];
