/**
 * A story's "play" step: real DOM events on the real form, so every state a story shows
 * is produced by the form's own logic. Nothing here writes markup.
 */

const POLL_MS = 20;

export async function waitFor<T>(find: () => T | null | undefined, what: string, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== null && found !== undefined && found !== false) return found;
    if (Date.now() > deadline) throw new Error(`Story play: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** The enabled control with this id, once the form has rendered it. */
export function control(doc: Document, id: string): Promise<Control> {
  return waitFor(() => {
    const element = doc.getElementById(id);
    const usable =
      (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) &&
      !element.disabled;
    return usable ? element : null;
  }, `#${id}`);
}

/**
 * Sets a value the way typing does: through the prototype's setter (so React's value
 * tracker sees a change), then `input`/`change` events, then blur for on-blur validation.
 */
export async function fill(doc: Document, id: string, value: string): Promise<void> {
  const element = await control(doc, id);
  const prototype =
    element instanceof HTMLSelectElement
      ? HTMLSelectElement.prototype
      : element instanceof HTMLTextAreaElement
        ? HTMLTextAreaElement.prototype
        : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  element.focus();
  setter?.call(element, value);
  element.dispatchEvent(new Event('input', { bubbles: true }));
  element.dispatchEvent(new Event('change', { bubbles: true }));
  element.blur();
}

export async function chooseOption(doc: Document, id: string, value: string): Promise<void> {
  await waitFor(() => {
    const element = doc.getElementById(id);
    return element instanceof HTMLSelectElement && !element.disabled && [...element.options].some((option) => option.value === value);
  }, `option ${value} in #${id}`);
  await fill(doc, id, value);
}

export async function clickButton(doc: Document, name: string): Promise<void> {
  const button = await waitFor(
    () => [...doc.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name && !candidate.disabled),
    `button "${name}"`,
  );
  button.click();
}

export async function waitForText(doc: Document, text: string, timeoutMs?: number): Promise<void> {
  await waitFor(() => doc.body.textContent?.includes(text) ?? false, `text "${text}"`, timeoutMs);
}
