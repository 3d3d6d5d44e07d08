import { usePlayground } from '../state/playground-context';
import { useStore } from '../state/store';
import { RunRow } from './RunRow';
import { useT } from '../i18n/language-context';

/** The kept runs, newest first; a run is kept when training pauses, finishes or resets. */
export function RunList() {
  const list = useStore(usePlayground().runs.runs);
  const { t } = useT();
  if (list.runs.length === 0) return <p className="hint">{t('runs.none')}</p>;
  return (
    <ul className="run-list" aria-label={t('label.runList')}>
      {[...list.runs].reverse().map((run) => (
        <RunRow key={run.id} run={run} current={run.id === list.currentId} />
      ))}
    </ul>
  );
}
