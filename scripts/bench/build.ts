// Builds for `npm run bench`: the widget with its own vite.config.ts and the bare React
// hello world (bench/hello) with a bare config, by the same Vite in the same run.
import react from '@vitejs/plugin-react';
import { build, loadEnv, resolveConfig } from 'vite';
import type { Plugin, ResolvedConfig } from 'vite';

const LOOPBACK = 'http://localhost:*,http://127.0.0.1:*';

export interface BuildOptions {
  appRoot: string;
  helloRoot: string;
  appOut: string;
  helloOut: string;
  skipBuild: boolean;
}

export interface Built {
  /** The headers `vite preview` would send for the app (CSP and friends), for both pages. */
  headers: Record<string, string>;
  /** The app's build target, given to the hello world too. */
  target: ResolvedConfig['build']['target'];
}

function previewHeaders(config: ResolvedConfig): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(config.preview.headers ?? {})) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return headers;
}

/** Both bundles differ only by the app's code: same Vite, same target, same mode. */
export async function buildBoth({ appRoot, helloRoot, appOut, helloOut, skipBuild }: BuildOptions): Promise<Built> {
  const mode = 'production';
  const env = loadEnv(mode, appRoot, 'VITE_');
  if (env.VITE_ALLOWED_HOST_ORIGINS) {
    // The bench's host page is on loopback; an .env that allows only the real desktop
    // would make the widget (rightly) refuse to talk to it.
    console.info(`bench: overriding VITE_ALLOWED_HOST_ORIGINS=${env.VITE_ALLOWED_HOST_ORIGINS} with loopback`);
    process.env.VITE_ALLOWED_HOST_ORIGINS = LOOPBACK;
  }
  let appConfig: ResolvedConfig | undefined;
  const capture: Plugin = {
    name: 'bench-capture-config',
    configResolved: (config) => {
      appConfig = config;
    },
  };
  if (skipBuild) {
    appConfig = await resolveConfig({ root: appRoot, mode, logLevel: 'warn' }, 'build', mode, mode);
  } else {
    await build({
      root: appRoot,
      mode,
      logLevel: 'warn',
      plugins: [capture],
      build: { outDir: appOut, emptyOutDir: true, reportCompressedSize: false },
    });
  }
  if (!appConfig) throw new Error("bench: the app's Vite config was never resolved");
  const target = appConfig.build.target;
  if (!skipBuild) {
    await build({
      root: helloRoot,
      mode,
      configFile: false,
      envDir: false,
      logLevel: 'warn',
      plugins: [react()],
      build: { outDir: helloOut, emptyOutDir: true, reportCompressedSize: false, target },
    });
  }
  return { headers: previewHeaders(appConfig), target };
}
