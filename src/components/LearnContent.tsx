import 'katex/dist/katex.min.css';
import { FormulaCards } from './FormulaCards';
import { Glossary } from './Glossary';
import { SlowMotionPanel } from './SlowMotionPanel';
import { TrainingCycle } from './TrainingCycle';

/** What the Learn panel shows once KaTeX has loaded. */
export function LearnContent() {
  return (
    <>
      <TrainingCycle />
      <SlowMotionPanel />
      <FormulaCards />
      <Glossary />
    </>
  );
}
