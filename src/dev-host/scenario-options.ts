import type { CallbackListScenario, ModesScenario, ResultScenario } from '../simulator/scenario';

/** How /dev's answers panel names each scenario of the simulated desktop. */
export interface ScenarioOption<T extends string> {
  id: T;
  label: string;
  /** What the agent should see, in one sentence. */
  effect: string;
}

type Options<T extends string> = Record<T, Omit<ScenarioOption<T>, 'id'>>;

/** A record first, so a scenario the simulator gains cannot be missing here; then in this order. */
const list = <T extends string>(options: Options<T>): readonly ScenarioOption<T>[] =>
  (Object.keys(options) as T[]).map((id) => ({ id, ...options[id] }));

export const RESULT_SCENARIOS = list<ResultScenario>({
  success: { label: 'Success', effect: 'Answers success: true. The widget shows "Callback scheduled".' },
  failure: { label: 'Rejected (success: false)', effect: 'Answers success: false. The widget shows an error and keeps the input.' },
  'ws-error': { label: "WS_Error 'Invalid Call ID.'", effect: 'Answers with a WS_Error. The widget shows "Invalid Call ID."' },
  silent: { label: 'No answer', effect: 'Stays silent (the request is lost, nothing is booked). After its timeout the widget offers Retry.' },
  late: { label: 'Answer after N seconds', effect: 'Answers success after the delay below; a late answer still counts.' },
  twice: { label: 'Answer twice', effect: 'Sends the success answer twice; the widget settles once.' },
  malformed: { label: 'Malformed answer', effect: 'Sends broken JSON; the widget ignores it and times out.' },
  'other-call': { label: 'Answer for another call', effect: 'Answers for a different call ID; the widget ignores it and times out.' },
  'json-string': { label: 'Answer as a JSON string', effect: 'Sends the success answer as a JSON string; the widget accepts it.' },
  packet: { label: 'Answer in a packet envelope', effect: 'Wraps the success answer in a packet; the widget unwraps it.' },
});

export const MODES_SCENARIOS = list<ModesScenario>({
  list: { label: 'Three modes', effect: 'Home, Mobile and Work numbers to choose from.' },
  empty: { label: 'Empty list', effect: 'An empty list: the agent types the mode ID.' },
  silent: { label: 'No answer', effect: 'Stays silent: after a few seconds the agent types the mode ID.' },
});

export const CALLBACK_LIST_SCENARIOS = list<CallbackListScenario>({
  booked: { label: 'What this desktop booked', effect: 'Lists the callbacks it booked since it started: none at first, then each one scheduled here.' },
  clash: {
    label: 'A clashing callback',
    effect: "Lists a callback to this customer's first number in the form's default window: Schedule callback asks first.",
  },
  others: { label: 'Other customers only', effect: 'Lists callbacks of other customers only: the widget shows none and schedules at once.' },
  malformed: { label: 'Malformed entries', effect: 'Lists broken entries beside one clashing callback: the widget drops the broken ones.' },
  error: { label: 'WS_Error', effect: 'Cannot list callbacks: the widget says they could not be checked, and schedules anyway.' },
  silent: { label: 'No answer', effect: 'Stays silent: after a few seconds the widget says they could not be checked.' },
});
