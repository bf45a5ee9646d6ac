import '@testing-library/jest-dom/vitest';
// Node 20 and jsdom have no Temporal; both browsers the widget runs in do.
import 'temporal-polyfill/global';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

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
