/**
 * The IANA zones the browser knows (`Intl.supportedValuesOf('timeZone')`), for the
 * customer-zone picker and for a "did you mean" when a name is off. Read on first use,
 * never at start-up: the list is the browser's, so it costs no bytes, only a moment.
 */
let names: readonly string[] | null = null;

export function zoneNames(): readonly string[] {
  names ??= typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return names;
}

const cityOf = (name: string) => name.slice(name.lastIndexOf('/') + 1).toLowerCase();

/** `chicago` or `new york` → `America/Chicago`, `America/New_York`: the zone whose city the text names, if exactly one does. */
export function suggestZone(text: string): string | null {
  const city = text.trim().toLowerCase().replace(/\s+/g, '_');
  if (city === '') return null;
  const matches = zoneNames().filter((name) => cityOf(name) === city);
  return matches.length === 1 ? (matches[0] ?? null) : null;
}
