import { isLanguage, type Language } from '../i18n/translate';
import { createStore, type Store } from '../state/store';

const STORAGE_KEY = 'language';

/** The language to open in: the remembered choice, else Chinese for a browser set to Chinese, else English. */
export function readLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isLanguage(saved)) return saved;
  } catch {
    // Storage refused (private modes): fall through to the browser's language.
  }
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

function saveLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Nothing to do: the language still applies to this visit.
  }
}

/** The page's language store: starts from `readLanguage`, keeps `<html lang>` in step and remembers every
 * choice in localStorage. */
export function createLanguageStore(): Store<Language> {
  const store = createStore(readLanguage());
  document.documentElement.lang = store.get();
  store.subscribe(() => {
    document.documentElement.lang = store.get();
    saveLanguage(store.get());
  });
  return store;
}
