import type { Language } from '../i18n/translate';
import { encodeLink } from '../state/link-codec';
import type { LayoutStore } from '../state/page-layout';
import type { SettingsStore } from '../state/settings-store';
import type { Store } from '../state/store';

/** Mirrors the settings, the hidden controls, the open views and the interface language into the URL hash, at
 * most once per `delayMs`, without adding history entries. */
export function syncLinkToHash(
  settings: SettingsStore,
  layout: LayoutStore,
  language: Store<Language>,
  delayMs = 300,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      history.replaceState(null, '', `#${encodeLink(settings.get().settings, layout.get(), language.get())}`);
    }, delayMs);
  };
  const stops = [settings.subscribe(schedule), layout.subscribe(schedule), language.subscribe(schedule)];
  return () => {
    clearTimeout(timer);
    for (const stop of stops) stop();
  };
}

/** The page's address without its hash: a link is this plus `#` and the encoded state. */
export function pageAddress(): string {
  return location.href.split('#')[0] ?? location.href;
}
