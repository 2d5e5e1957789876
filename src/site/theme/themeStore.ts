// The reader's colour-theme choice, as a tiny external store (get / set / subscribe) that
// React reads with useSyncExternalStore. public/theme-init.js applies the same choice before
// first paint; this module keeps it in sync afterwards.
//
// Contract with widgets: <html data-theme="light|dark"> always holds the *resolved* theme once
// JavaScript runs, so a widget that draws on a canvas can watch that one attribute (a
// MutationObserver) and re-read the --descent-* variables.

export type ThemeChoice = 'light' | 'dark' | 'system';
export type ResolvedTheme = 'light' | 'dark';

/** Must match public/theme-init.js. */
export const THEME_STORAGE_KEY = 'descent-theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

export const isThemeChoice = (value: unknown): value is ThemeChoice =>
  value === 'light' || value === 'dark' || value === 'system';

export function resolveTheme(choice: ThemeChoice, systemPrefersDark: boolean): ResolvedTheme {
  if (choice === 'system') return systemPrefersDark ? 'dark' : 'light';
  return choice;
}

function readStoredChoice(): ThemeChoice {
  try {
    const stored = window.localStorage.getItem(THEME_STORAGE_KEY);
    return isThemeChoice(stored) ? stored : 'system';
  } catch {
    // Storage can be blocked (privacy settings); the system preference still works.
    return 'system';
  }
}

function applyTheme(choice: ThemeChoice): void {
  const resolved = resolveTheme(choice, window.matchMedia(DARK_QUERY).matches);
  document.documentElement.setAttribute('data-theme', resolved);
}

const listeners = new Set<() => void>();
let current: ThemeChoice | undefined;

export function getThemeChoice(): ThemeChoice {
  current ??= readStoredChoice();
  return current;
}

/** What the server rendered; React uses it while hydrating so the markup matches. */
export const getServerThemeChoice = (): ThemeChoice => 'system';

export function setThemeChoice(choice: ThemeChoice): void {
  current = choice;
  try {
    if (choice === 'system') window.localStorage.removeItem(THEME_STORAGE_KEY);
    else window.localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Not persisted, but still applied for this page.
  }
  applyTheme(choice);
  for (const listener of listeners) listener();
}

function onSystemChange(): void {
  if (getThemeChoice() === 'system') applyTheme('system');
}

export function subscribeTheme(listener: () => void): () => void {
  // Follow the operating system while the reader has chosen "system".
  if (listeners.size === 0) window.matchMedia(DARK_QUERY).addEventListener('change', onSystemChange);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.matchMedia(DARK_QUERY).removeEventListener('change', onSystemChange);
  };
}
