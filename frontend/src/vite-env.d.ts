/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Scheme, host and port of the integrations service; empty means the page's own origin. */
  readonly VITE_API_BASE_URL?: string;
  /** Lowest level the page writes to the browser console: debug, info (the default), warn or error. */
  readonly VITE_LOG_LEVEL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
