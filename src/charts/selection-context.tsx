import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

/** The two validation samples an interpolation runs between, and the ways to change them. */
export interface InterpolationEnds {
  from: number | null;
  to: number | null;
  setFrom: (index: number | null) => void;
  setTo: (index: number | null) => void;
  /** Sets "from" and "to" by turns, starting with "from": how clicks on the latent map choose the ends. */
  pick: (index: number) => void;
}

const SelectionContext = createContext<InterpolationEnds | null>(null);

interface Ends {
  from: number | null;
  to: number | null;
  next: 'from' | 'to';
}

/** Holds the interpolation's ends for the latent map (which picks them) and the strip (which shows them). */
export function SelectionProvider({ children }: { children: ReactNode }) {
  const [ends, setEnds] = useState<Ends>({ from: null, to: null, next: 'from' });
  const value = useMemo<InterpolationEnds>(
    () => ({
      from: ends.from,
      to: ends.to,
      setFrom: (from) => setEnds((current) => ({ ...current, from, next: 'to' })),
      setTo: (to) => setEnds((current) => ({ ...current, to, next: 'from' })),
      pick: (index) =>
        setEnds((current) =>
          current.next === 'from'
            ? { ...current, from: index, next: 'to' }
            : { ...current, to: index, next: 'from' },
        ),
    }),
    [ends.from, ends.to],
  );
  return <SelectionContext value={value}>{children}</SelectionContext>;
}

/** The interpolation's ends; needs a SelectionProvider above. */
export function useInterpolationEnds(): InterpolationEnds {
  const ends = useContext(SelectionContext);
  if (!ends) throw new Error('useInterpolationEnds needs a SelectionProvider');
  return ends;
}
