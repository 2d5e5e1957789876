import { useSyncExternalStore } from 'react';
import { getServerThemeChoice, getThemeChoice, setThemeChoice, subscribeTheme } from './themeStore';
import type { ThemeChoice } from './themeStore';

const OPTIONS: { value: ThemeChoice; label: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'system', label: 'System' },
];

/** Three pressed/unpressed buttons: light, dark, or follow the system. */
export function ThemeToggle() {
  const choice = useSyncExternalStore(subscribeTheme, getThemeChoice, getServerThemeChoice);
  return (
    <div className="theme-toggle" role="group" aria-label="Colour theme">
      {OPTIONS.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-pressed={choice === option.value}
          onClick={() => setThemeChoice(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
