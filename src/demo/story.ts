import type { CallContext } from '../protocol/call-event';
import type { TimeParams } from '../time/time-settings';
import type { AgentDesktop } from '../simulator/agent-desktop';
import type { InMemoryOptions } from '../simulator/in-memory';
import { chooseOption, clickButton, fill, waitFor } from './play';

// What a /demo story is, and the call and the steps most stories share.

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

export const CALL: CallContext = {
  callid: '12345',
  accountNumber: '5|3|1|0|0|44|1',
  userId: 'testagent',
  leadScore: 40,
  targetAmount: 1250.5,
};

/** Long enough that the state holds while someone looks at it. */
export const FOREVER_MS = 60 * 60 * 1000;

export async function fillValid({ doc }: PlayContext, comment = 'Customer asked for a call after lunch, on the mobile.') {
  await chooseOption(doc, 'callback-mode', '3');
  await fill(doc, 'comments', comment);
}

export async function submitValid(ctx: PlayContext) {
  await fillValid(ctx);
  await clickButton(ctx.doc, 'Schedule callback');
}

/** The list itself: its name is also a story title in the page's navigation. */
export async function existingListShown({ doc }: PlayContext): Promise<void> {
  await waitFor(() => doc.querySelector('.existing-list li'), 'the existing callbacks');
}
