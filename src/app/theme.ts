/** What the user picked in the Theme switch: follow the system, or force light or dark. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/** The Theme switch's options with their labels, in the order shown. */
export const themeLabels: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' };

const STORAGE_KEY = 'autoencoder-playground:theme';
const darkQuery = '(prefers-color-scheme: dark)';

function isThemeChoice(value: unknown): value is ThemeChoice {
  return value === 'system' || value === 'light' || value === 'dark';
}

/** The remembered choice; 'system' when none is, or when storage is unavailable. */
export function readThemeChoice(): ThemeChoice {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return isThemeChoice(saved) ? saved : 'system';
  } catch {
    return 'system';
  }
}

/** Remembers the choice in localStorage; storage that refuses (private modes) only loses the memory. */
export function saveThemeChoice(choice: ThemeChoice): void {
  try {
    if (choice === 'system') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Nothing to do: the theme still applies to this visit.
  }
}

/** Sets data-theme="light" or "dark" on <html>, resolving 'system' from prefers-color-scheme. */
export function applyTheme(choice: ThemeChoice): void {
  const dark = choice === 'dark' || (choice === 'system' && matchMedia(darkQuery).matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

/** Calls `onChange` whenever the system's colour scheme changes; returns the unsubscribe function. */
export function watchSystemTheme(onChange: () => void): () => void {
  const query = matchMedia(darkQuery);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}
