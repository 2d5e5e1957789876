// Vite's client types: import.meta.glob and side-effect CSS imports.
/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The site's public origin (DESCENT_ORIGIN at build time; vite.config.ts). */
  readonly DESCENT_ORIGIN: string;
}
