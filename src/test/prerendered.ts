import { prerenderWidget } from '../app/prerender';

/** `/`'s build-time markup in a hidden root, as index.html holds it. */
export function mountMarkup(): HTMLElement {
  document.body.innerHTML = `<div id="root" hidden>${prerenderWidget()}</div>`;
  return document.getElementById('root') as HTMLElement;
}

/** The control a label names, as an agent finds it. */
export const field = (label: string) => {
  const element = [...document.querySelectorAll('label')].find((candidate) => candidate.textContent?.trim() === label)?.control;
  if (!element) throw new Error(`no field labelled ${label}`);
  return element as HTMLInputElement;
};

/** What a key press or a picker leaves in a field before React: the value, and an input event. */
export function typeInto(element: HTMLInputElement | HTMLTextAreaElement, text: string) {
  element.value = text;
  element.dispatchEvent(new Event('input', { bubbles: true }));
}
