import { phrase } from '../settings/phrases';
import type { Playground } from '../state/playground';
import type { TrainingPhase } from '../worker/protocol';

const busy: readonly TrainingPhase[] = ['preparing', 'compiling', 'running'];

/** Reports a worker that has gone silent while it should be busy (hung, or killed without an error event, as
 * an out-of-memory kill may be), so the page never waits for ever. */
export function watchWorker(playground: Playground, silenceMs = 20_000, everyMs = 2000): () => void {
  const timer = setInterval(() => {
    const { phase, crashed } = playground.training.get();
    if (crashed || !busy.includes(phase)) return;
    if (Date.now() - playground.lastHeardAt() > silenceMs) {
      playground.reportCrash(phrase('crash.silent', { seconds: Math.round(silenceMs / 1000) }));
    }
  }, everyMs);
  return () => clearInterval(timer);
}
