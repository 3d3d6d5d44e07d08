import { clippingFormula } from '../learn/clipping-formulas';
import { lossFormula } from '../learn/loss-formulas';
import { optimizerFormula } from '../learn/optimizer-formulas';
import { variantFormula } from '../learn/variant-formulas';
import { useSettings } from '../state/playground-context';
import { FormulaCard } from './FormulaCard';

/** The formulas of the current choices: loss, variant, optimizer and clipping. They follow every change. */
export function FormulaCards() {
  const settings = useSettings((state) => state.settings);
  return (
    <div className="formula-cards">
      <FormulaCard topic="Loss" entry={lossFormula(settings)} />
      <FormulaCard topic="Variant" entry={variantFormula(settings)} />
      <FormulaCard topic="Optimizer" entry={optimizerFormula(settings)} />
      <FormulaCard topic="Gradient clipping" entry={clippingFormula(settings)} />
    </div>
  );
}
