import { useState } from 'react';

/** Text typed into a field, reset whenever the committed value changes from elsewhere (a preset, a link). */
export function useDraft(committed: string): [string, (text: string) => void] {
  const [draft, setDraft] = useState(committed);
  const [seen, setSeen] = useState(committed);
  if (committed !== seen) {
    setSeen(committed);
    setDraft(committed);
  }
  return [draft, setDraft];
}
