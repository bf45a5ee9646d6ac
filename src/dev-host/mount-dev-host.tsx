export function mountDevHost(root: HTMLElement): void {
  root.textContent = 'The simulated agent desktop is being built.';
}
