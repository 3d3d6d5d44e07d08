import { createContext, useContext, useState } from 'react';
import type { SettingKey } from '../settings/schema';
import type { ViewId } from './link-codec';
import { createLayoutStore, type LayoutStore } from './page-layout';
import { useStore } from './store';

export const LayoutContext = createContext<LayoutStore | null>(null);

/** The page's layout store; without a provider, one of the component's own that hides nothing. */
export function useLayout(): LayoutStore {
  const provided = useContext(LayoutContext);
  const [own] = useState(createLayoutStore);
  return provided ?? own;
}

/** Whether a teacher hid this setting's control (classroom mode): the control then renders nothing. */
export function useHiddenField(key: SettingKey): boolean {
  return useStore(useLayout(), (layout) => layout.hidden.includes(key));
}

/** Whether a collapsible view is open, and a setter; the state lives in the link. */
export function useOpenView(view: ViewId): [boolean, (open: boolean) => void] {
  const layout = useLayout();
  const open = useStore(layout, (state) => state.openViews.includes(view));
  return [open, (next: boolean) => layout.setViewOpen(view, next)];
}
