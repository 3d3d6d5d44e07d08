import { clippingFormula } from '../learn/clipping-formulas';
import { lossFormula } from '../learn/loss-formulas';
import { optimizerFormula } from '../learn/optimizer-formulas';
import { variantFormula } from '../learn/variant-formulas';
import { useSettings } from '../state/playground-context';
import { FormulaCard } from './FormulaCard';
import { useT } from '../i18n/language-context';

/** The formulas of the current choices: loss, variant, optimizer and clipping. They follow every change. */
export function FormulaCards() {
  const settings = useSettings((state) => state.settings);
  const { t, formula } = useT();
  return (
    <div className="formula-cards">
      <FormulaCard topic={t('learn.topic.loss')} entry={formula(lossFormula(settings))} />
      <FormulaCard topic={t('learn.topic.variant')} entry={formula(variantFormula(settings))} />
      <FormulaCard topic={t('learn.topic.optimizer')} entry={formula(optimizerFormula(settings))} />
      <FormulaCard topic={t('learn.topic.clipping')} entry={formula(clippingFormula(settings))} />
    </div>
  );
}
