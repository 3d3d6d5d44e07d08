import { encodeLink } from '../state/link-codec';
import type { LayoutStore } from '../state/page-layout';
import type { SettingsStore } from '../state/settings-store';

/** Mirrors the settings, the hidden controls and the open views into the URL hash, at most once per
 * `delayMs`, without adding history entries. */
export function syncLinkToHash(settings: SettingsStore, layout: LayoutStore, delayMs = 300): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      history.replaceState(null, '', `#${encodeLink(settings.get().settings, layout.get())}`);
    }, delayMs);
  };
  const stopSettings = settings.subscribe(schedule);
  const stopLayout = layout.subscribe(schedule);
  return () => {
    clearTimeout(timer);
    stopSettings();
    stopLayout();
  };
}

/** The page's address without its hash: a link is this plus `#` and the encoded state. */
export function pageAddress(): string {
  return location.href.split('#')[0] ?? location.href;
}
