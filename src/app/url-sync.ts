import type { SettingsStore } from '../state/settings-store';
import { encodeSettings } from '../state/url-codec';

/** Mirrors the settings into the URL hash, at most once per `delayMs`, without adding history entries. */
export function syncSettingsToHash(store: SettingsStore, delayMs = 300): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return store.subscribe(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      history.replaceState(null, '', `#${encodeSettings(store.get().settings)}`);
    }, delayMs);
  });
}
