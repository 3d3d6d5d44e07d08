import { isLanguage, translatorFor, type Language } from '../i18n/translate';
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

/** Sets `<html lang>` and the page title to the language. */
function applyLanguage(language: Language): void {
  document.documentElement.lang = language;
  document.title = translatorFor(language).t('app.title');
}

/** The page's language store: starts from `initial` (a link's language) or else `readLanguage`, keeps
 * `<html lang>` and the title in step and remembers every choice made on the page in localStorage (a link's
 * language is not remembered until then). */
export function createLanguageStore(initial: Language | null = null): Store<Language> {
  const store = createStore(initial ?? readLanguage());
  applyLanguage(store.get());
  store.subscribe(() => {
    applyLanguage(store.get());
    saveLanguage(store.get());
  });
  return store;
}
