// Code the bench runs inside the browser, and the page globals it shares with Node.
import type { Frame, Page } from '@playwright/test';
import type { LongTask } from './types';

/** What the probe (frame-probe.ts) keeps in the widget's frame. */
export interface FrameState {
  longTasks: LongTask[];
  longTaskError?: string;
  /** Host messages dispatched so far (counted before the widget's own listener). */
  messages: number;
  ready: ReadySignal | null;
  commitAt: number | null;
  reactAt: number | null;
  /** When the agent's input was handled (capture phase): the first key, each click on Schedule, each form submit. */
  firstKeyAt: number | null;
  scheduleClicks: number[];
  submits: number[];
}

/** Sent once from the frame when the page first paints ready (frame clock). */
export interface ReadySignal {
  commitAt: number;
  frameAt: number;
  timeOrigin: number;
  /** For `send`: the centre of Comments in the frame's viewport (CSS px), where the agent clicks. */
  comments?: Point;
}

export interface Point {
  x: number;
  y: number;
}

/** One message the host page received from the widget (host clock: its navigation start). */
export interface HostReceived {
  subtopic: string;
  callid: unknown;
  /** AgentComments of a callback request, to check the typed text went out. */
  comments: unknown;
  at: number;
}

export interface HostLog {
  received: HostReceived[];
  replies: number;
}

declare global {
  interface Window {
    __bench?: FrameState;
    __benchReady?: (ready: ReadySignal) => void;
    __benchHost?: HostLog;
    __benchHostEvent?: (received: HostReceived) => void;
    __benchFlood?: (count: number, spreadMs: number, batches: number) => Promise<{ sent: number; ms: number }>;
  }
}

/**
 * `fn(arg)` as a self-contained script. The bench runs under tsx, whose esbuild keeps
 * function names by wrapping inner functions in `__name(...)`; serialised by
 * `toString()` into a page, that helper would be undefined there. It is supplied as a
 * parameter, so no global of the measured page changes.
 */
export function pageScript<A>(fn: (arg: A) => unknown, arg: A): string {
  return `((__name) => (${fn.toString()})(${JSON.stringify(arg)}))((f) => f)`;
}

/** `frame.evaluate(fn, arg)`, safe for tsx's output (see pageScript). */
export async function inPage<A, R>(target: Page | Frame, fn: (arg: A) => R, arg: A): Promise<Awaited<R>> {
  // The string form of evaluate is typed `any`; the function's own return type is the truth.
  return (await target.evaluate(pageScript(fn, arg))) as Awaited<R>;
}

