import { createContext, useContext } from 'react';
import type { Playground } from './playground';
import type { SettingsState } from './settings-store';
import { useStore } from './store';
import { useThrottledSelection } from './use-throttled-selection';
import type { TrainingState } from './training-state';
import type { DataState } from './data-state';
import type { ViewsState } from './views-state';
import type { ViewOptions } from '../worker/protocol';
import { datasetShape, uploadedClassNames, type DatasetShape } from '../settings/datasets';
import { useT } from '../i18n/language-context';

export const PlaygroundContext = createContext<Playground | null>(null);

/** The playground the page was mounted with. */
export function usePlayground(): Playground {
  const playground = useContext(PlaygroundContext);
  if (!playground) throw new Error('usePlayground needs a PlaygroundContext provider');
  return playground;
}

/** Reads part of the settings state and re-renders when it changes. */
export function useSettings<S>(select: (state: SettingsState) => S): S {
  return useStore(usePlayground().settings, select);
}

/** Reads part of the training state and re-renders when it changes. */
export function useTraining<S>(select: (state: TrainingState) => S): S {
  return useStore(usePlayground().training, select);
}

/** Reads part of the data state and re-renders when it changes. */
export function useData<S>(select: (state: DataState) => S): S {
  return useStore(usePlayground().data, select);
}

/** The shape of the chosen data set; for the user's own data, the shape of the last successful upload. */
export function useDatasetShape(): DatasetShape {
  const settings = useSettings((state) => state.settings);
  const upload = useData((state) => state.upload);
  const { className, t } = useT();
  const shape = datasetShape(settings, upload?.shape ?? null);
  if (!shape.classes) return shape;
  // The built-in sets' class names are ours to translate; the user's own folder names stay as written.
  if (settings.dataset === 'upload')
    return { ...shape, classes: uploadedClassNames(shape.classes, t('class.noFolder')) };
  return { ...shape, classes: shape.classes.map(className) };
}

/** Reads part of the views' state and re-renders when it changes. */
export function useViews<S>(select: (state: ViewsState) => S): S {
  return useStore(usePlayground().views, select);
}

/** One selector per field of the views' state, made once: a transition selection needs a stable one. */
const viewFieldSelectors = new Map<keyof ViewsState, (state: ViewsState) => unknown>();

function viewFieldSelector<K extends keyof ViewsState>(key: K): (state: ViewsState) => ViewsState[K] {
  let select = viewFieldSelectors.get(key);
  if (!select) viewFieldSelectors.set(key, (select = (state) => state[key]));
  return select as (state: ViewsState) => ViewsState[K];
}

/** A field of the views' state followed as a transition: a worker answer that costs drawing (the insights'
 * latent map of up to 10,000 points, the weights' hundreds of pictures, the PCA baseline, the interpolation
 * frames) re-renders its views only in React's background work, which gives way to the browser. (A deferred
 * store value still re-rendered every view once more inside the task that received the worker's message: the
 * store's own update is synchronous.) */
export function useViewInTransition<K extends keyof ViewsState>(key: K): ViewsState[K] {
  return useThrottledSelection(usePlayground().views, viewFieldSelector(key), 0);
}

/** Part of the latest insights, followed as a transition (see `useViewInTransition`). */
export function useInsights<S>(select: (insights: ViewsState['insights']) => S): S {
  return select(useViewInTransition('insights'));
}

const selectPreview = (state: TrainingState) => state.preview;

/** The latest snapshot's page of inputs, reconstructions and error maps, followed as a transition too. */
export function usePreview(): TrainingState['preview'] {
  return useThrottledSelection(usePlayground().training, selectPreview, 0);
}

/** The options the views asked the worker for. */
export function useViewOptions(): ViewOptions {
  return useStore(usePlayground().viewOptions);
}
