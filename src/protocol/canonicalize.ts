/**
 * Turns whatever a host posted into a plain, predictable tree (SPEC §3):
 * JSON strings are parsed, keys are trimmed and lower-cased (`subTopic`, `"data "`),
 * and every object is rebuilt on a null prototype so that a `__proto__` or
 * `constructor` key from the wire can never reach Object.prototype.
 * It never throws: hostile getters, cycles and huge inputs come back as `undefined`.
 */

export type Canonical = string | number | boolean | null | Canonical[] | CanonicalObject;
export interface CanonicalObject {
  [key: string]: Canonical | undefined;
}

const MAX_DEPTH = 8;
const MAX_KEYS = 200;
const MAX_ITEMS = 500;
/** Larger strings are never parsed as JSON: no vendor message comes close. */
const MAX_JSON_CHARS = 256 * 1024;

function parseJsonString(text: string): unknown {
  const trimmed = text.trim();
  const first = trimmed[0];
  if (trimmed.length > MAX_JSON_CHARS || (first !== '{' && first !== '[')) return text;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return text;
  }
}

function walk(value: unknown, depth: number): Canonical | undefined {
  if (value === null) return null;
  switch (typeof value) {
    case 'string':
      return depth === MAX_DEPTH ? value : walkParsed(parseJsonString(value), value, depth);
    case 'number':
      return Number.isFinite(value) ? value : undefined;
    case 'boolean':
      return value;
    case 'object':
      break;
    default:
      return undefined;
  }
  if (depth >= MAX_DEPTH) return undefined;
  if (Array.isArray(value)) {
    return value.slice(0, MAX_ITEMS).map((item: unknown) => walk(item, depth + 1) ?? null);
  }
  const out: CanonicalObject = Object.create(null) as CanonicalObject;
  const keys = Object.keys(value).slice(0, MAX_KEYS);
  for (const key of keys) {
    const child = walk((value as Record<string, unknown>)[key], depth + 1);
    if (child !== undefined) out[key.trim().toLowerCase()] = child;
  }
  return out;
}

function walkParsed(parsed: unknown, original: string, depth: number): Canonical | undefined {
  return parsed === original ? original : walk(parsed, depth + 1);
}

export function canonicalize(value: unknown): Canonical | undefined {
  try {
    return walk(value, 0);
  } catch {
    // A getter or toString that throws, a revoked proxy: the message is garbage, not a crash.
    return undefined;
  }
}

export function isCanonicalObject(value: Canonical | undefined): value is CanonicalObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
