import { agentZone } from '../time/zoned-time';
import { scenarioCallbacks } from './callback-list';
import { books, planAnswers } from './plan';
import type { Scenario } from './scenario';
import { DEFAULT_SCENARIO } from './scenario';
import type { HostCall, HostRequest, RequestKind, WireCallback } from './wire';
import { bookingOf, buildCallEvent, readRequest, SUBTOPIC_OF } from './wire';

/**
 * The simulated agent desktop: one model, no React and no DOM. It reads what the widget
 * posts (plain or in a packet), answers as its scenario says, pushes call events and records
 * every message both ways. /dev wires it to a real iframe; /demo and the unit tests wire it
 * to the real postMessage bridge in memory (in-memory.ts).
 */

export interface DesktopTraffic {
  id: number;
  /** `Date.now()` when it crossed. */
  at: number;
  direction: 'from-widget' | 'to-widget';
  /** Where it came from (widget → desktop) or the exact origin it was posted to. */
  origin: string;
  subtopic: string;
  note: string | null;
  /** Exactly what was posted. */
  data: unknown;
  /** What the desktop read from a widget message; null when it was none of the widget's requests. */
  request: HostRequest | null;
}

export interface AgentDesktopOptions {
  /** The desktop's own origin: the `ResponseUrl` of its packets. */
  hostOrigin: string;
  /** The widget's exact origin: where everything is posted. */
  widgetOrigin: string;
  /** Posts one message to the widget; returns false when there is no widget to post to. */
  post: (data: unknown) => boolean;
  scenario?: Partial<Scenario>;
  /** How many messages the record keeps; the oldest go first. */
  keep?: number;
  now?: () => number;
  /** The zone it reads and writes callback dates in; the browser's unless given. */
  scheduleZone?: string;
}

export interface ReplyOptions {
  /** Answer as this scenario says instead of the current one. */
  scenario?: Partial<Scenario>;
  /** The call to answer for; a request never received (sent by an earlier load of the frame) is fine. */
  callid?: string;
}

export interface AgentDesktop {
  scenario(): Scenario;
  /** Changes how the next requests are answered. */
  setScenario(patch: Partial<Scenario>): void;
  /** One message the widget posted, from `origin`; answers it per the scenario. */
  receive(data: unknown, origin: string): HostRequest | null;
  /** Answers a request now, whatever the scenario would have done with it. */
  reply(kind: RequestKind, options?: ReplyOptions): void;
  /** Announces a call with `OutboundCallStateChange`, as the desktop does while calls progress. */
  pushCall(call: HostCall): void;
  /** Posts any message to the widget, recorded like the desktop's own answers. */
  post(data: unknown, subtopic: string, note?: string | null): void;
  /** Every message both ways, oldest first. Stable until the next message. */
  traffic(): readonly DesktopTraffic[];
  /** The widget's requests received so far, oldest first. */
  requests(kind?: RequestKind): HostRequest[];
  /** Called after every change of `traffic()`. */
  subscribe(listener: () => void): () => void;
  clearTraffic(): void;
  /** Drops answers not sent yet; the desktop keeps working. */
  cancelPending(): void;
  /** The callbacks it booked, as GetPersonalCallbackList lists them, oldest first. */
  booked(): readonly WireCallback[];
}

const DEFAULT_KEEP = 300;

export function createAgentDesktop(options: AgentDesktopOptions): AgentDesktop {
  const { hostOrigin, widgetOrigin } = options;
  const keep = options.keep ?? DEFAULT_KEEP;
  const now = options.now ?? Date.now;
  let scenario: Scenario = { ...DEFAULT_SCENARIO, ...options.scenario };
  let traffic: readonly DesktopTraffic[] = [];
  let nextId = 1;
  const listeners = new Set<() => void>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const booked: WireCallback[] = [];
  const listed = (using: Scenario) => [
    ...scenarioCallbacks(using.callbackList, using.modeList, Temporal.Instant.fromEpochMilliseconds(now()), options.scheduleZone ?? agentZone()),
    ...booked,
  ];

  function record(entry: Omit<DesktopTraffic, 'id' | 'at'>) {
    traffic = [...traffic, { ...entry, id: nextId, at: now() }].slice(-keep);
    nextId += 1;
    for (const listener of [...listeners]) listener();
  }

  function post(data: unknown, subtopic: string, note: string | null = null) {
    if (options.post(data) === false) return;
    record({ direction: 'to-widget', origin: widgetOrigin, subtopic, note, data, request: null });
  }

  function answer(request: HostRequest, using: Scenario, immediately: boolean) {
    for (const planned of planAnswers(request, using, hostOrigin, request.kind === 'list' ? listed(using) : [])) {
      const send = () => post(planned.data, planned.subtopic, planned.note);
      if (immediately) {
        send();
        continue;
      }
      const timer = setTimeout(() => {
        timers.delete(timer);
        send();
      }, planned.delayMs);
      timers.add(timer);
    }
  }

  const requests = (kind?: RequestKind) =>
    traffic.flatMap((entry) => (entry.request && (kind === undefined || entry.request.kind === kind) ? [entry.request] : []));

  return {
    scenario: () => scenario,
    setScenario(patch) {
      scenario = { ...scenario, ...patch };
    },
    receive(data, origin) {
      const request = readRequest(data);
      record({ direction: 'from-widget', origin, subtopic: request?.subtopic ?? 'unrecognised message', note: null, data, request });
      if (!request) return request;
      // The desktop books what it received, unless it refuses it or never hears of it.
      const outcome = request.kind === 'personal' ? scenario.personal : scenario.schedule;
      if ((request.kind === 'schedule' || request.kind === 'personal') && books(outcome)) {
        const booking = bookingOf(data, scenario.modeList, booked.length + 1);
        if (booking) booked.push(booking);
      }
      answer(request, scenario, false);
      return request;
    },
    reply(kind, { scenario: patch, callid } = {}) {
      const received = requests(kind).filter((request) => callid === undefined || request.callid === callid).at(-1);
      if (!received && callid === undefined) throw new Error(`The desktop received no ${SUBTOPIC_OF[kind]} to answer.`);
      const request = received ?? { kind, subtopic: SUBTOPIC_OF[kind], callid: callid ?? '', packet: null };
      answer(request, { ...scenario, ...patch }, true);
    },
    pushCall(call) {
      post(buildCallEvent(call), 'OutboundCallStateChange', `call ${call.callid}`);
    },
    post,
    traffic: () => traffic,
    requests,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clearTraffic() {
      traffic = [];
      for (const listener of [...listeners]) listener();
    },
    booked: () => booked,
    cancelPending() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}
