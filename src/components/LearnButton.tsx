import { usePlayground } from '../state/playground-context';
import { useLearnPanel } from '../state/use-learn';

/** Opens and closes the Learn panel: formulas, glossary, the training cycle and slow motion. */
export function LearnButton() {
  const { learn } = usePlayground();
  const open = useLearnPanel((state) => state.open);
  return (
    <button
      type="button"
      aria-expanded={open}
      aria-controls="learn-panel"
      onClick={() => (open ? learn.close() : learn.open())}
    >
      Learn
    </button>
  );
}
