import type { SettingKey } from '../settings/schema';
import { emptyLayout, type PageLayout, type ViewId } from './link-codec';
import { createStore, type Store } from './store';

/** The page's layout: hidden controls (classroom mode) and open views, both kept in the link. */
export interface LayoutStore extends Store<PageLayout> {
  /** Hides or shows the control of one setting. */
  setHidden: (key: SettingKey, hidden: boolean) => void;
  /** Opens or closes one collapsible view. */
  setViewOpen: (view: ViewId, open: boolean) => void;
}

/** Creates the layout store, starting from what a link said. */
export function createLayoutStore(initial: PageLayout = emptyLayout): LayoutStore {
  const store = createStore(initial);
  return {
    ...store,
    setHidden(key, hidden) {
      const layout = store.get();
      if (layout.hidden.includes(key) === hidden) return;
      const next = hidden ? [...layout.hidden, key] : layout.hidden.filter((other) => other !== key);
      store.set({ ...layout, hidden: next });
    },
    setViewOpen(view, open) {
      const layout = store.get();
      if (layout.openViews.includes(view) === open) return;
      const next = open ? [...layout.openViews, view] : layout.openViews.filter((other) => other !== view);
      store.set({ ...layout, openViews: next });
    },
  };
}
