// Vite's client types: import.meta.glob and side-effect CSS imports.
/// <reference types="vite/client" />
