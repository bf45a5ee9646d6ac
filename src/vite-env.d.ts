/// <reference types="vite/client" />
/// <reference types="temporal-polyfill/types/global" />

interface ImportMetaEnv {
  /** Comma-separated exact origins allowed to embed the widget (SPEC §5). */
  readonly VITE_ALLOWED_HOST_ORIGINS?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

/** VITE_ALLOWED_HOST_ORIGINS as the build parsed and normalised it (src/build/security-headers-plugin.ts). */
declare const __ALLOWED_HOST_ORIGINS__: readonly string[];
