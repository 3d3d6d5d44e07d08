import { createContext, useContext } from 'react';
import { createStore, useStore, type Store } from '../state/store';
import { translatorFor, type Language, type Translator } from './translate';

/** The store of the interface language; the page provides one that remembers the choice. Without a
 * provider, English. */
export const LanguageContext = createContext<Store<Language>>(createStore<Language>('en'));

/** The language store, for the switch that changes it. */
export function useLanguageStore(): Store<Language> {
  return useContext(LanguageContext);
}

/** The translator of the current language; re-renders the component when the language changes. */
export function useT(): Translator {
  return translatorFor(useStore(useContext(LanguageContext)));
}
