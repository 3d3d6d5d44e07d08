import { useSettings } from '../state/playground-context';
import { AnomalyView } from './AnomalyView';
import { GenerationView } from './GenerationView';
import { SparsityView } from './SparsityView';

/** The views of the chosen variant (the denoising triplets live in the reconstruction view) and of anomaly
 * detection, when the run trains on some classes only. */
export function VariantViews() {
  const variant = useSettings((state) => state.settings.variant);
  return (
    <>
      {variant === 'sparse' && <SparsityView />}
      {variant === 'variational' && <GenerationView />}
      <AnomalyView />
    </>
  );
}
