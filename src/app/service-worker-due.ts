import { useEffect, useState } from 'react';
import { useTraining } from '../state/playground-context';

/** How long after the page opens the service worker registers when no run has shown a step by then. */
const LATEST_REGISTRATION_MS = 5_000;

/** Whether the service worker may register: once a run has shown its first step, or a few seconds after the page
 * opened, whichever comes first; then for good. Its first install precaches the app and the default data set
 * (about 5 MB), which at page load competed with the start-up of training for this machine's two cores. */
export function useServiceWorkerDue(): boolean {
  const trained = useTraining((state) => state.step > 0);
  const [due, setDue] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setDue(true), LATEST_REGISTRATION_MS);
    return () => clearTimeout(timer);
  }, []);
  // Latched: a Reset takes the step back to 0, and the registration must not go away with it.
  if (trained && !due) setDue(true);
  return due;
}
