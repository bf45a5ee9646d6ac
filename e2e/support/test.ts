import type { Frame, Page } from '@playwright/test';
import { test as base, expect } from '@playwright/test';

/**
 * Playwright's `test`, with one addition: when a test that used a page fails, the report
 * says what each frame of that page showed at that moment (its text, its form controls and
 * what had the focus). CI keeps no traces or screenshots, so this is what a failure that
 * does not come back on a rerun leaves to go on.
 */
export const test = base.extend({
  page: async ({ page }, provide, testInfo) => {
    await provide(page);
    if (testInfo.status === testInfo.expectedStatus) return;
    const state = await within(5_000, describePage(page)).catch((error: unknown) => `could not be read: ${String(error)}`);
    process.stdout.write(`\n--- what the page showed when "${testInfo.titlePath.slice(1).join(' › ')}" failed in ${testInfo.project.name} ---\n${state}\n---\n`);
  },
});

export { expect };

async function describePage(page: Page): Promise<string> {
  const frames = await Promise.all(page.frames().map(describeFrame));
  return frames.join('\n');
}

async function describeFrame(frame: Frame): Promise<string> {
  const seen = await frame.evaluate(() => {
    const squeeze = (text: string | null | undefined, max: number) => (text ?? '').replace(/\s+/g, ' ').trim().slice(0, max);
    const name = (el: Element) => el.getAttribute('name') ?? el.id ?? el.tagName.toLowerCase();
    const controls = Array.from(document.querySelectorAll('input, select, textarea, button')).map((el) => {
      const value = el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement ? el.value : squeeze(el.textContent, 40);
      const state = [
        el.matches(':disabled') ? 'disabled' : '',
        el.getAttribute('aria-invalid') === 'true' ? 'invalid' : '',
        el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox') && el.checked ? 'checked' : '',
      ].filter(Boolean);
      return `${name(el)}=${JSON.stringify(squeeze(value, 60))}${state.length > 0 ? ` (${state.join(', ')})` : ''}`;
    });
    const focused = document.activeElement && document.activeElement !== document.body ? name(document.activeElement) : 'nothing';
    // The end of the text: the toasts come last in the widget, and the message log on /dev.
    const text = squeeze(document.body?.innerText, Infinity);
    return { text: text.length > 2_000 ? `…${text.slice(-2_000)}` : text, controls: controls.slice(0, 40), focused };
  });
  return [`[${frame.url()}] focus: ${seen.focused}`, `  text: ${seen.text}`, `  controls: ${seen.controls.join('; ')}`].join('\n');
}

function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
