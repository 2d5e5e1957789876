// Types for `import styles from './X.module.css'` (and side-effect CSS imports). Vite's client
// types already declare them (CSSModuleClasses: a readonly string record); referencing them
// here keeps the widgets compiling on their own, and avoids a second, conflicting
// `declare module '*.module.css'` next to the site's env.d.ts.
/// <reference types="vite/client" />
