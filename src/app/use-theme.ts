import { useCallback, useEffect, useState } from 'react';
import { applyTheme, readThemeChoice, saveThemeChoice, watchSystemTheme, type ThemeChoice } from './theme';

/** The theme choice and its setter; applies it to the page, remembers it, and follows the system's scheme
 * while the choice is 'system'. */
export function useTheme(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const [choice, setChoice] = useState(readThemeChoice);
  useEffect(() => {
    applyTheme(choice);
    if (choice !== 'system') return;
    return watchSystemTheme(() => applyTheme('system'));
  }, [choice]);
  const choose = useCallback((next: ThemeChoice) => {
    saveThemeChoice(next);
    setChoice(next);
  }, []);
  return [choice, choose];
}
