import { usePlayground } from '../state/playground-context';
import { useStore } from '../state/store';
import { RunRow } from './RunRow';

/** The kept runs, newest first; a run is kept when training pauses, finishes or resets. */
export function RunList() {
  const list = useStore(usePlayground().runs.runs);
  if (list.runs.length === 0)
    return <p className="hint">No runs yet: a run is kept here when training pauses, finishes or resets.</p>;
  return (
    <ul className="run-list" aria-label="Run list">
      {[...list.runs].reverse().map((run) => (
        <RunRow key={run.id} run={run} current={run.id === list.currentId} />
      ))}
    </ul>
  );
}
