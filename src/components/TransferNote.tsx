/** What an export or import did: a status line, or an alert that stays until the next attempt. */
export interface Note {
  kind: 'done' | 'error';
  text: string;
}

/** Shows a note by the controls it concerns; errors are announced as alerts. */
export function TransferNote({ note }: { note: Note | null }) {
  if (!note) return null;
  return note.kind === 'error' ? (
    <p role="alert" className="notice error">
      {note.text}
    </p>
  ) : (
    <p role="status" className="hint">
      {note.text}
    </p>
  );
}
