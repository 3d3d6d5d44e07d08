import { usePlayground } from '../state/playground-context';
import { useLearnPanel } from '../state/use-learn';
import { useT } from '../i18n/language-context';

/** Opens and closes the Learn panel: formulas, glossary, the training cycle and slow motion. */
export function LearnButton() {
  const { learn } = usePlayground();
  const open = useLearnPanel((state) => state.open);
  const { t } = useT();
  return (
    <button
      type="button"
      aria-expanded={open}
      aria-controls="learn-panel"
      onClick={() => (open ? learn.close() : learn.open())}
    >
      {t('tools.learn')}
    </button>
  );
}
