import type { Settings } from '../settings/schema';
import { usePlayground, useSettings, useTraining } from '../state/playground-context';
import { useT } from '../i18n/language-context';
import type { Translator } from '../i18n/translate';

/** A divergence or an error from the worker, kept in view until dismissed or a new run starts. */
export function TrainingNotice() {
  const playground = usePlayground();
  const notice = useTraining((state) => state.notice);
  const settings = useSettings((state) => state.settings);
  const tr = useT();
  const { t } = tr;
  if (!notice) return null;
  // The worker words its advice in English; in another language it is worded again from the settings.
  const text =
    notice.kind === 'diverged' && tr.language !== 'en'
      ? divergenceAdvice(settings, t)
      : tr.phrase(notice.message);
  return (
    <div role="alert" className={notice.kind === 'diverged' ? 'notice warning' : 'notice error'}>
      <p>{text}</p>
      {notice.kind === 'crash' ? (
        <button type="button" onClick={playground.restart}>
          {t('notice.restart')}
        </button>
      ) : (
        <button type="button" onClick={playground.dismissNotice}>
          {t('notice.dismiss')}
        </button>
      )}
    </div>
  );
}

/** What to try after a divergence, as the worker advises it (src/worker/run-reporter.ts). */
function divergenceAdvice(settings: Settings, t: Translator['t']): string {
  const advice = [t('diverged.lowerRate', { rate: settings.learningRate })];
  if (settings.clipping === 'none') advice.push(t('diverged.clip'));
  if (settings.loss !== 'binaryCrossentropy') advice.push(t('diverged.loss'));
  return t('diverged.message', { advice: advice.join(t('diverged.or')) });
}
