import { COMMENTS_MAX } from './form-values';

export function describeCount(length: number): string {
  const over = length - COMMENTS_MAX;
  return `${length} / ${COMMENTS_MAX} characters${over > 0 ? ` (${over} over the limit)` : ''}`;
}

/**
 * The Comments counter, painted straight into the DOM: by the form's subscription once
 * React runs, and by app/prefill.ts before it does. No React, so the prefill can use it.
 */
export function paintCommentsCounter(element: HTMLElement, length: number): void {
  element.textContent = describeCount(length);
  element.classList.toggle('counter-over', length > COMMENTS_MAX);
}
