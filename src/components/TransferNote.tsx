import { useT } from '../i18n/language-context';
import type { Phrase } from '../settings/phrases';

/** What an export or import did: a status line, or an alert that stays until the next attempt. The text is
 * worded already, or a phrase from the worker or a file reader, worded here. */
export interface Note {
  kind: 'done' | 'error';
  text: string | Phrase;
}

/** Shows a note by the controls it concerns; errors are announced as alerts. */
export function TransferNote({ note }: { note: Note | null }) {
  const { phrase } = useT();
  if (!note) return null;
  return note.kind === 'error' ? (
    <p role="alert" className="notice error">
      {phrase(note.text)}
    </p>
  ) : (
    <p role="status" className="hint">
      {phrase(note.text)}
    </p>
  );
}
