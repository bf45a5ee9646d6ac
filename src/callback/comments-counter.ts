import { COMMENTS_MAX } from './form-values';

export function describeCount(length: number): string {
  const over = length - COMMENTS_MAX;
  return `${length} / ${COMMENTS_MAX} characters${over > 0 ? ` (${over} over the limit)` : ''}`;
}

/**
 * The Comments counter, painted straight into the DOM: by the form's subscription once
 * React runs, and by app/prefill.ts before it does. No React, so the prefill can use it.
 * The text node is changed in place, not replaced: a key then costs the browser no
 * style recalculation, only the counter's own layout (callback/form.css contains it).
 */
export function paintCommentsCounter(element: HTMLElement, length: number): void {
  const text = describeCount(length);
  const node = element.firstChild;
  if (node instanceof Text && node === element.lastChild) node.data = text;
  else element.textContent = text;
  element.classList.toggle('counter-over', length > COMMENTS_MAX);
}
