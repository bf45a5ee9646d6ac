export function mountDemo(root: HTMLElement): void {
  root.textContent = 'The demo gallery is being built.';
}
