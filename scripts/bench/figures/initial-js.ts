// Figure 1: the JavaScript `/` loads at start-up, gzip.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from '@playwright/test';
import { openPage, startPage } from '../browser';
import type { Served } from '../serve';
import type { InitialJs, ScriptFile } from '../types';
import { SETTLE_MS, sleep } from './common';

const gzipBytes = (buffer: Buffer): number => gzipSync(buffer, { level: 9 }).length;

/** The entry script and its modulepreload links, as Vite wrote them into index.html. */
async function declaredInitialJs(outDir: string): Promise<Omit<ScriptFile, 'status'>[]> {
  const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
  const urls = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isEntry = /^<script/i.test(tag) && /\btype=["']?module/i.test(tag);
    const isPreload = /^<link/i.test(tag) && /\brel=["']?modulepreload/i.test(tag);
    const ref = /\b(?:src|href)=["']?([^"' >]+)/i.exec(tag)?.[1];
    if ((isEntry || isPreload) && ref) urls.add(new URL(ref, 'http://x/').pathname);
  }
  const files = [];
  for (const url of urls) {
    const bytes = await readFile(path.join(outDir, url));
    files.push({ path: url, raw: bytes.length, gzip: gzipBytes(bytes) });
  }
  return files;
}

export interface InitialJsOptions {
  label: string;
  outDir: string;
  /** Wait for the page to be ready (full run) or only for its load (bundle-only: bytes need no readiness). */
  readyWhen: 'hello' | 'form' | null;
}

/**
 * Every script the bundle's origin serves while `/` loads in the iframe (module entry,
 * modulepreloads, and any chunk imported at start-up) until the network is idle, each
 * body gzipped at level 9. Cross-checked against index.html: every script Vite declares
 * there must have been requested. Unthrottled: bytes do not depend on CPU speed.
 */
export async function measureInitialJs(browser: Browser, server: Served, { label, outDir, readyWhen }: InitialJsOptions): Promise<InitialJs> {
  const pending: Promise<ScriptFile>[] = [];
  const onResponse = (response: Response) => {
    const url = new URL(response.url());
    const isScript = response.request().resourceType() === 'script' || /\.m?js$/.test(url.pathname);
    if (url.origin !== server.widget || !isScript) return;
    pending.push(response.body().then((body) => ({ path: url.pathname, status: response.status(), raw: body.length, gzip: gzipBytes(body) })));
  };
  const options = { readyWhen: readyWhen ?? 'hello', onResponse };
  const { context, page } = readyWhen ? await openPage(browser, server, options) : await startPage(browser, server, options);
  let loaded: ScriptFile[];
  try {
    await page.waitForLoadState('load');
    await page.waitForLoadState('networkidle');
    await sleep(SETTLE_MS);
    loaded = await Promise.all(pending); // bodies must be read before the context closes
  } finally {
    await context.close();
  }
  const byPath = new Map(loaded.map((file) => [file.path, file]));
  const files = [...byPath.values()].sort((a, b) => a.path.localeCompare(b.path));
  const bad = files.filter((f) => f.status !== 200);
  if (bad.length) throw new Error(`${label}: script requests failed: ${bad.map((f) => `${f.path} ${f.status}`).join(', ')}`);
  const declared = await declaredInitialJs(outDir);
  const missing = declared.filter((d) => !byPath.has(d.path)).map((d) => d.path);
  if (missing.length) throw new Error(`${label}: index.html declares scripts the page never requested: ${missing.join(', ')}`);
  const sum = (list: readonly { gzip: number }[]) => list.reduce((total, f) => total + f.gzip, 0);
  return {
    gzip: sum(files),
    raw: files.reduce((total, f) => total + f.raw, 0),
    declaredGzip: sum(declared),
    loadedAtStartupButNotInIndexHtml: files.filter((f) => !declared.some((d) => d.path === f.path)).map((f) => f.path),
    files,
  };
}
