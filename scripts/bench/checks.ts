// Each figure held to its SPEC §9 budget (budgets.ts): the verdict for results.json and
// the printed lines. Raw numbers come from figures/.
import { BUDGETS, CPU_THROTTLE, LONG_TASK_MS, ratioGoal, withinRatio } from './budgets';
import { medianOf } from './figures/common';
import { PRESS_AGAIN_AFTER_MS } from './figures/first-send';
import { figureLine, infoLine, kB, ms, msPerKey, ratio, times } from './report';
import type { Checked, FirstSend, FirstSendRun, Flood, InitialJs, ReadyTime, TypingFigure } from './types';

const CPU = `${CPU_THROTTLE}× CPU`;

export function checkInitialJs(app: InitialJs, hello: InitialJs): Checked<{ app: InitialJs; hello: InitialJs }> {
  const { maxRatio } = BUDGETS.initialJs;
  const r = ratio(app.gzip, hello.gzip);
  const ok = withinRatio(app.gzip, hello.gzip, maxRatio);
  figureLine('initial JS of / (gzip)', `app ${kB(app.gzip)} / hello ${kB(hello.gzip)} = ${times(r)}`, ratioGoal(maxRatio), ok);
  if (app.loadedAtStartupButNotInIndexHtml.length) {
    infoLine(`/ also loads ${app.loadedAtStartupButNotInIndexHtml.join(', ')} at start-up (counted)`);
  }
  return { result: { app, hello }, ratio: r, goal: `<= ${maxRatio}`, ok };
}

export function checkReadyTime(ready: ReadyTime, runs: number): Checked<ReadyTime> {
  const { maxRatio } = BUDGETS.readyTime;
  const { app, hello } = ready;
  const r = ratio(app.medianMs, hello.medianMs);
  const ok = withinRatio(app.medianMs, hello.medianMs, maxRatio);
  figureLine(`ready form (${CPU}, median of ${runs})`, `app ${ms(app.medianMs)} / hello ${ms(hello.medianMs)} = ${times(r)}`, ratioGoal(maxRatio), ok);
  infoLine(`React live (hydrated or rendered) at app ${ms(app.reactLiveMedianMs)} / hello ${ms(hello.reactLiveMedianMs)}`);
  const inFrame = ratio(app.inFrameMedianMs, hello.inFrameMedianMs);
  infoLine(`from the iframe's own navigation start: app ${ms(app.inFrameMedianMs)} / hello ${ms(hello.inFrameMedianMs)} = ${times(inFrame)}`);
  return { result: ready, ratio: r, goal: `<= ${maxRatio}`, ok };
}

export function checkFirstSend(send: FirstSend, runs: number): Checked<FirstSend> {
  const { maxRatio } = BUDGETS.firstSend;
  const { app, hello } = send;
  const r = ratio(app.medianMs, hello.medianMs);
  // A dropped press is a missed budget whatever the time: the agent had to press again.
  const ok = withinRatio(app.medianMs, hello.medianMs, maxRatio) && app.lostPresses === 0;
  const lost = app.lostPresses ? `, ${app.lostPresses} press(es) dropped` : '';
  figureLine(`first send (${CPU}, median of ${runs})`, `app ${ms(app.medianMs)} / hello render ${ms(hello.medianMs)} = ${times(r)}${lost}`, ratioGoal(maxRatio), ok);
  const mid = (pick: (run: FirstSendRun) => number | null | undefined) => medianOf(app.runs.map((run) => pick(run) ?? null));
  infoLine(
    `medians from navigation start: Comments and Schedule shown ${ms(app.formShownMedianMs)}, first key handled ${ms(mid((run) => run.firstKeyMs))}, ` +
      `React live ${ms(mid((run) => run.reactLiveMs))}, GetCallBackModes reached the host ${ms(app.modesAskedMedianMs)}, ` +
      `Schedule click handled ${ms(mid((run) => run.scheduleClicksMs[0]))}, SetCallbackWithComments reached the host ${ms(app.medianMs)}`,
  );
  const missed = app.runs.reduce((sum, run) => sum + run.missedButton, 0);
  if (missed) infoLine(`${missed} click(s) landed beside "Schedule callback" because the form moved under the pointer; aimed again at once (counted)`);
  if (app.lostPresses) {
    infoLine(
      `the app dropped a press of Schedule in ${app.runs.filter((run) => run.presses > 1).length} of ${app.runs.length} runs; ` +
        `the bench pressed again after ${PRESS_AGAIN_AFTER_MS / 1000} s, as an agent who sees nothing happen would (timings include that)`,
    );
  }
  return { result: send, ratio: r, goal: `<= ${maxRatio} x hello render; no press dropped`, ok };
}

export function checkTyping(typing: TypingFigure): Checked<TypingFigure> {
  const { maxRatio, maxLongTasks, chars } = BUDGETS.typing;
  const { app, textarea } = typing;
  const r = ratio(app.medianMsPerKey, textarea.medianMsPerKey);
  const ok = withinRatio(app.medianMsPerKey, textarea.medianMsPerKey, maxRatio) && app.longTasks.length <= maxLongTasks;
  figureLine(
    `typing ${chars} chars (${CPU})`,
    `app ${msPerKey(app.medianMsPerKey)} / textarea ${msPerKey(textarea.medianMsPerKey)} = ${times(r)}, ${app.longTasks.length} long`,
    `${ratioGoal(maxRatio)}, ${maxLongTasks} tasks > ${LONG_TASK_MS} ms`,
    ok,
  );
  infoLine(
    `per key, median / mean / p95: app ${app.medianMsPerKey} / ${app.meanMsPerKey} / ${app.p95MsPerKey} ms, ` +
      `bare textarea ${textarea.medianMsPerKey} / ${textarea.meanMsPerKey} / ${textarea.p95MsPerKey} ms ` +
      `(${textarea.longTasks.length} long tasks there); CPU throttle measured ${typing.throttleFactor}×`,
  );
  return { result: typing, ratio: r, goal: `<= ${maxRatio} x textarea per key; ${maxLongTasks} long tasks`, ok };
}

export function checkFlood(flood: Flood): Checked<Flood> {
  const { messages, maxLongTasks } = BUDGETS.flood;
  const ok = flood.longTasks.length <= maxLongTasks && flood.submitted && flood.submitMessagesSent === 1;
  const submit = flood.submitted ? `submit OK (${flood.submitMessagesSent} sent)` : `submit FAILED (${flood.submitError ?? '?'})`;
  figureLine(
    `message flood ${messages.toLocaleString('en')} (${CPU})`,
    `long tasks > ${LONG_TASK_MS} ms: ${flood.longTasks.length}, ${submit}`,
    `${maxLongTasks} long tasks, submit works`,
    ok,
  );
  infoLine(`posted in ${flood.postMs} ms, dispatched in ${flood.drainedMs} ms; noise floor (hello world): ${flood.baseline.longTasks.length} long tasks`);
  return { result: flood, goal: `${maxLongTasks} long tasks; submit works`, ok };
}
