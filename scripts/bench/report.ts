// How `npm run bench` prints a figure: one line with both raw values, the ratio, the
// goal and OK/MISSED; indented info lines below it.
export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;
export const ms = (value: number | null): string => (value === null || Number.isNaN(value) ? 'n/a' : `${Math.round(value)} ms`);
export const msPerKey = (value: number): string => `${value.toFixed(1)} ms/key`;
export const ratio = (value: number, baseline: number): number => Math.round((value / baseline) * 1000) / 1000;
export const times = (value: number): string => `${value.toFixed(2)}×`;

export function figureLine(label: string, figures: string, goal: string, ok: boolean): void {
  console.log(`${label.padEnd(40)}${figures.padEnd(58)}goal ${goal.padEnd(30)}${ok ? 'OK' : 'MISSED'}`);
}

export function infoLine(text: string): void {
  console.log(`  info: ${text}`);
}

export function errorLine(label: string, message: string): void {
  console.log(`${label.padEnd(40)}ERROR: ${message}`);
}
