import '@testing-library/jest-dom/vitest';
// Node 20 and jsdom have no Temporal; both browsers the widget runs in do.
import 'temporal-polyfill/global';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

// jsdom has <dialog> but not its modal API. The browsers do; what only they can show (Escape,
// focus, the inert page behind) is tested there, in Playwright.
if (typeof HTMLDialogElement !== 'undefined' && !('showModal' in HTMLDialogElement.prototype)) {
  Object.assign(HTMLDialogElement.prototype, {
    showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '');
    },
    close(this: HTMLDialogElement, returnValue?: string) {
      if (!this.hasAttribute('open')) return;
      if (returnValue !== undefined) this.returnValue = returnValue;
      this.removeAttribute('open');
      this.dispatchEvent(new Event('close'));
    },
  });
}

// Waits, not timings: a shared 2-core machine can take more than the default second to answer.
configure({ asyncUtilTimeout: 5_000 });


// A React warning is a bug: fail the test that caused it.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error: ${args.map(String).join(' ')}`);
  });
});

afterEach(() => {
  cleanup();
});
