// The probe the bench installs in the measured frame (Playwright init script).
import type { FrameState } from './in-page';

/**
 * What "ready" means, the same way for every page:
 * - hello: the hello world's h1 is visible;
 * - form: the pre-filled form the agent can type in (Comments visible, enabled and
 *   editable, Call ID showing the call);
 * - send: what the agent needs to send at once (Comments visible, enabled and
 *   editable, the "Schedule callback" button visible);
 * - textarea: the bare <textarea> baseline is visible.
 */
export type ReadyWhen = 'hello' | 'form' | 'send' | 'textarea';

export interface ProbeOptions {
  readyWhen: ReadyWhen;
  callid: string;
  widgetOrigin: string;
}

/**
 * Runs in every frame at document start and acts only in the widget's iframe.
 * Serialised into the page (pageScript), so it must be self-contained.
 *
 * Readiness is detected inside the frame rather than by polling from Node: polling
 * would add main-thread work at 4× throttle, more for the app's checks than for the
 * hello world's. The condition is checked after every DOM mutation batch and at every
 * animation frame; `frameAt` is the first animation frame in which it holds, i.e. the
 * first frame that paints the ready page. Values set as DOM properties only
 * (uncontrolled inputs) cause no mutation, but are caught at the next frame.
 */
export function installProbe({ readyWhen, callid, widgetOrigin }: ProbeOptions): void {
  if (window === window.top || location.origin !== widgetOrigin) return;
  const state: FrameState = { longTasks: [], messages: 0, ready: null, commitAt: null, reactAt: null, firstKeyAt: null, scheduleClicks: [], submits: [] };
  Object.defineProperty(window, '__bench', { value: state });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push({ start: entry.startTime, duration: entry.duration, name: entry.name });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    state.longTaskError = 'longtask PerformanceObserver unsupported';
  }
  // Counts host messages before the widget's own listener sees them (capture phase),
  // so the flood figure knows when every message has been dispatched.
  window.addEventListener(
    'message',
    (event) => {
      if (event.source === window.parent) state.messages += 1;
    },
    true,
  );
  const text = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  window.addEventListener('keydown', () => (state.firstKeyAt ??= performance.now()), true);
  window.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (button && text(button.textContent) === 'schedule callback') state.scheduleClicks.push(performance.now());
    },
    true,
  );
  window.addEventListener('submit', () => state.submits.push(performance.now()), true);

  const visible = (el: Element) => el.checkVisibility();
  // A small stand-in for Playwright's getByLabel: <label> (for= or wrapping),
  // aria-labelledby and aria-label; an exact name beats one that merely contains it.
  const byLabel = (name: string): Element | null => {
    const want = name.toLowerCase();
    const found: Element[] = [];
    const consider = (label: string, control: Element | null) => {
      if (!control) return;
      if (label === want) found.unshift(control);
      else if (label.includes(want)) found.push(control);
    };
    for (const label of document.querySelectorAll('label')) consider(text(label.textContent), label.control);
    for (const el of document.querySelectorAll('[aria-labelledby]')) {
      const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
      consider(ids.map((id) => text(document.getElementById(id)?.textContent)).join(' '), el);
    }
    for (const el of document.querySelectorAll('[aria-label]')) consider(text(el.getAttribute('aria-label')), el);
    return found[0] ?? null;
  };
  const enabled = (el: Element) => !el.matches(':disabled') && el.getAttribute('aria-disabled') !== 'true';
  const typable = (el: Element | null): boolean =>
    (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) && !el.readOnly && enabled(el) && visible(el);
  const scheduleButton = () =>
    [...document.querySelectorAll('button')].find((b) => text(b.getAttribute('aria-label') ?? b.textContent) === 'schedule callback') ?? null;
  const conditions: Record<ReadyWhen, () => boolean> = {
    hello: () => {
      const h1 = document.querySelector('h1');
      return h1 !== null && text(h1.textContent).includes('hello') && visible(h1);
    },
    form: () => {
      const callId = byLabel('Call ID');
      return typable(byLabel('Comments')) && callId instanceof HTMLInputElement && callId.value.trim() === callid;
    },
    send: () => {
      const button = scheduleButton();
      return typable(byLabel('Comments')) && button !== null && visible(button);
    },
    textarea: () => typable(document.querySelector('textarea')),
  };
  const isReady = conditions[readyWhen];
  const centre = (el: Element | null) => {
    const rect = el?.getBoundingClientRect() ?? new DOMRect();
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  };

  // When React took #root over: the first animation frame in which #root's first element
  // carries React's fiber (created by React, or hydrated in place from the prerendered
  // markup, which mutates nothing an observer would see). Reported beside the ready
  // time, never instead of it.
  const reactLive = () => {
    const first = document.getElementById('root')?.firstElementChild;
    if (first && Object.keys(first).some((key) => key.startsWith('__reactFiber$'))) {
      state.reactAt = performance.now();
      return;
    }
    requestAnimationFrame(reactLive);
  };
  requestAnimationFrame(reactLive);

  const mutations = new MutationObserver(() => {
    if (state.commitAt === null && isReady()) state.commitAt = performance.now();
  });
  mutations.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  const onFrame = () => {
    if (!isReady()) {
      requestAnimationFrame(onFrame);
      return;
    }
    const frameAt = performance.now();
    state.commitAt ??= frameAt;
    mutations.disconnect();
    state.ready = { commitAt: state.commitAt, frameAt, timeOrigin: performance.timeOrigin, ...(readyWhen === 'send' && { comments: centre(byLabel('Comments')) }) };
    window.__benchReady?.(state.ready);
  };
  requestAnimationFrame(onFrame);
}
