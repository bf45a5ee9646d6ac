// The simulated agent desktop of `npm run bench`: embeds the widget (or the hello
// world, or a bare <textarea>) cross-origin and answers it like the vendor's host
// (SPEC §2–3, §12).
import { pageScript } from './in-page';
import type { HostReceived } from './in-page';

/** What the bench embeds: the pre-fill of SPEC §5 for a call that is already known. */
export const CALL = { callid: '12345', accountNumber: '5|3|1|0|0|44|1', userId: 'testagent' } as const;
/** ONE mode, so the widget has nothing to choose and selects it itself. */
export const MODE = { ModeID: '3', Description: 'Mobile', Cvalue: '6591462346' } as const;

export const HOST_PATH = '/__bench/host.html';
/** A page with nothing but a <textarea> named "Comments": the typing figure's baseline. */
export const TEXTAREA_PATH = '/__bench/textarea.html';

const escapeAttr = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

export function hostPage(widgetOrigin: string, frameUrl: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Bench host</title>
<style>body{margin:0;font:14px sans-serif}iframe{border:0;width:560px;height:1000px;display:block}</style>
<!-- The iframe sits at (0, 0) with no border: frame coordinates are page coordinates (first send clicks by them). --></head>
<body>
<iframe id="widget" title="Set callback" src="${escapeAttr(frameUrl)}"></iframe>
<script>${pageScript(hostMain, { widgetOrigin, modes: [MODE] })}</script>
</body>
</html>`;
}

export const TEXTAREA_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Bare textarea</title></head>
<body><textarea aria-label="Comments" rows="6" cols="60"></textarea></body>
</html>`;

interface HostOptions {
  widgetOrigin: string;
  modes: readonly unknown[];
}

/**
 * Runs in the host page (serialised: self-contained). Answers GetCallBackModes at once
 * with the modes, the callback requests with success (so nothing waits on a silent
 * host) and the personal callback list with an empty one. Every message from the
 * widget is logged with the host's clock, which starts at the page's navigation start,
 * and reported to the bench through `__benchHostEvent` (no polling). `__benchFlood`
 * sends the flood of unrelated messages.
 */
function hostMain({ widgetOrigin, modes }: HostOptions): void {
  const frame = document.getElementById('widget');
  if (!(frame instanceof HTMLIFrameElement)) throw new Error('bench host: no #widget iframe');
  const log = { received: [] as HostReceived[], replies: 0 };
  window.__benchHost = log;
  const asObject = (value: unknown): Record<string, unknown> | null => {
    if (typeof value === 'string') {
      try {
        value = JSON.parse(value);
      } catch {
        return null;
      }
    }
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  };
  // The vendor's keys come in any case and with stray spaces (SPEC §3).
  const field = (obj: Record<string, unknown>, name: string): unknown => {
    for (const key of Object.keys(obj)) if (key.trim().toLowerCase() === name) return obj[key];
    return undefined;
  };
  const post = (message: unknown) => frame.contentWindow?.postMessage(message, widgetOrigin);
  window.addEventListener('message', (event) => {
    if (event.origin !== widgetOrigin || event.source !== frame.contentWindow) return;
    const at = performance.now();
    const msg = asObject(event.data);
    if (!msg) return;
    const subtopic = String(field(msg, 'subtopic') ?? '').trim();
    const payload = asObject(field(msg, 'data') ?? field(msg, 'message')) ?? {};
    const callid = field(payload, 'callid');
    const received = { subtopic, callid, comments: field(payload, 'agentcomments'), at };
    log.received.push(received);
    window.__benchHostEvent?.(received);
    const reply = (sub: string, response: unknown) => {
      log.replies += 1;
      post({ channel: 'LCM', topic: 'Webservice', subtopic: sub, message: { callid, response } });
    };
    const s = subtopic.toLowerCase();
    if (s === 'getcallbackmodes') reply('CallbackModes', modes);
    else if (s === 'setcallbackwithcomments' || s === 'setpersonalcallbackwithcomments') reply(`${subtopic}Result`, { success: true });
    else if (s === 'getpersonalcallbacklist') reply('GetPersonalCallbackListResult', []);
  });

  // Unrelated traffic a busy agent desktop broadcasts: presence and heartbeats of other
  // channels, unknown LCM subtopics, JSON strings, junk strings, numbers, arrays.
  const junk = ['ping', '{not json', '', '[]', 'null', '{"channel":"Genesys","topic":"Presence","subtopic":"AgentStateChange","data":{"state":"NotReady"}}'];
  const floodMessage = (i: number): unknown => {
    switch (i % 10) {
      case 0:
        return junk[Math.floor(i / 10) % junk.length];
      case 1:
        return i;
      case 2:
        return { channel: 'Five9', topic: 'Interaction', subtopic: 'Heartbeat', data: { seq: i } };
      case 3:
        return { channel: 'LCM', topic: 'Webservice', subtopic: 'KeepAlive', message: { seq: i } };
      case 4:
        return [i, 'x'];
      case 5:
        return JSON.stringify({ channel: 'Finesse', topic: 'Dialog', subtopic: 'Update', data: { seq: i } });
      default:
        return { channel: 'Genesys', topic: 'Presence', subtopic: 'AgentStateChange', data: { n: i, state: i % 2 ? 'Ready' : 'NotReady' } };
    }
  };
  // Timer-spaced batches, so the messages arrive over `spreadMs` as a desktop sends them.
  window.__benchFlood = (count, spreadMs, batches) =>
    new Promise((resolve) => {
      const perBatch = Math.ceil(count / batches);
      const t0 = performance.now();
      let sent = 0;
      let batch = 0;
      const tick = () => {
        const end = Math.min(count, sent + perBatch);
        for (; sent < end; sent += 1) post(floodMessage(sent));
        batch += 1;
        if (sent >= count) {
          resolve({ sent, ms: performance.now() - t0 });
          return;
        }
        setTimeout(tick, Math.max(0, t0 + (batch * spreadMs) / batches - performance.now()));
      };
      tick();
    });
}
