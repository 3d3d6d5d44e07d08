import { phrase, type Phrase } from '../settings/phrases';
import type { FromWorker, ToWorker } from './protocol';

/** The page's handle on the training worker: starts it, sends it commands, hands its messages on. */
export class TrainingClient {
  private readonly worker: Worker;

  constructor(onMessage: (message: FromWorker) => void, onCrash: (reason: Phrase) => void) {
    this.worker = new Worker(new URL('./training.worker.ts', import.meta.url), {
      type: 'module',
      name: 'training',
    });
    this.worker.onmessage = (event: MessageEvent<FromWorker>) => onMessage(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault();
      // The browser's own words for the error, when it has any.
      onCrash(event.message ? phrase('raw', { text: event.message }) : phrase('crash.notLoaded'));
    };
    this.worker.onmessageerror = () => onCrash(phrase('crash.unreadable'));
  }

  /** Posts a command to the worker. */
  send(message: ToWorker): void {
    this.worker.postMessage(message);
  }

  /** Stops the worker and everything it holds. */
  terminate(): void {
    this.worker.terminate();
  }
}
