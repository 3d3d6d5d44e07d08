import { PhraseError, type Phrase } from '../settings/phrases';

/** Resolves as the promise does, or rejects with `reason` after `ms`: a backend that never answers (a lost GPU)
 * fails instead of hanging whoever waits on it. */
export function withTimeout<T>(promise: Promise<T>, ms: number, reason: Phrase): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PhraseError(reason)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
