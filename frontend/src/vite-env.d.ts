/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Scheme, host and port of the integrations service; empty means the page's own origin. */
  readonly VITE_API_BASE_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
