import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadEnv } from 'vite';
import { checkAllowedOrigins } from '../protocol/origin.ts';
import { securityHeaders } from '../protocol/security-headers.ts';

/**
 * The response headers belong to the build, not to the shell that serves it (SPEC §8).
 * `vite build` writes the headers for the VITE_ALLOWED_HOST_ORIGINS it compiled into the
 * widget to dist/security-headers.json; `vite preview` serves exactly those, whatever its
 * own environment says; `npm run headers:nginx` prints the production server's lines from
 * the same file. A list with an entry that is not an origin stops the build.
 */

export const HEADERS_FILE = 'security-headers.json';

export interface BuiltHeaders {
  /** The origins the widget was built to accept, as it compares them. */
  allowedHostOrigins: string[];
  headers: Record<string, string>;
}

export function builtHeaders(allowedRaw: string | undefined): BuiltHeaders {
  const { origins, invalid } = checkAllowedOrigins(allowedRaw);
  if (invalid.length > 0) {
    const list = invalid.map((entry) => JSON.stringify(entry)).join(', ');
    throw new Error(
      `VITE_ALLOWED_HOST_ORIGINS: ${list} ${invalid.length === 1 ? 'is not an origin' : 'are not origins'}. ` +
        'Write each as scheme://host or scheme://host:port, e.g. https://desk.example.com (no path).',
    );
  }
  return { allowedHostOrigins: origins, headers: securityHeaders(allowedRaw) };
}

function isBuiltHeaders(value: unknown): value is BuiltHeaders {
  if (typeof value !== 'object' || value === null) return false;
  const { allowedHostOrigins, headers } = value as Partial<BuiltHeaders>;
  return (
    Array.isArray(allowedHostOrigins) &&
    typeof headers === 'object' &&
    headers !== null &&
    Object.values(headers).every((header) => typeof header === 'string')
  );
}

export function readBuiltHeaders(file: string): BuiltHeaders {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${file} is missing: run \`npm run build\` first; preview serves the headers the build wrote.`);
  }
  const data: unknown = JSON.parse(text);
  if (!isBuiltHeaders(data)) throw new Error(`${file} is not a headers file written by this project's build.`);
  return data;
}

export function securityHeadersPlugin(): Plugin {
  let allowedRaw: string | undefined;
  let isBuild = false;
  return {
    name: 'security-headers',
    // The widget checks its parent against the list the build checked: parsed and
    // normalised here once, never again in every frame.
    config(config, { mode }) {
      const raw = loadEnv(mode, config.envDir ?? config.root ?? process.cwd(), 'VITE_').VITE_ALLOWED_HOST_ORIGINS;
      return { define: { __ALLOWED_HOST_ORIGINS__: JSON.stringify(checkAllowedOrigins(raw).origins) } };
    },
    configResolved(config) {
      isBuild = config.command === 'build';
      // The same variable, from the same .env files and environment, as import.meta.env.
      allowedRaw = config.env.VITE_ALLOWED_HOST_ORIGINS as string | undefined;
    },
    buildStart() {
      if (!isBuild) return;
      try {
        builtHeaders(allowedRaw);
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
    },
    generateBundle() {
      const source = `${JSON.stringify(builtHeaders(allowedRaw), null, 2)}\n`;
      this.emitFile({ type: 'asset', fileName: HEADERS_FILE, source });
    },
    configurePreviewServer(server) {
      const { root, build, logger } = server.config;
      const file = resolve(root, build.outDir, HEADERS_FILE);
      const built = readBuiltHeaders(file);
      logger.info(`  security headers from ${relative(root, file)}: built for ${built.allowedHostOrigins.join(' ') || 'no host origin'}`);
      // Before Vite's own middlewares: every response, 404s and assets included.
      server.middlewares.use((_request, response, next) => {
        for (const [name, value] of Object.entries(built.headers)) response.setHeader(name, value);
        next();
      });
    },
  };
}
