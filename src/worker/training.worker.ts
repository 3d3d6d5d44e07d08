import type { ToWorker } from './protocol';
import { TrainingSession } from './session';

const session = new TrainingSession((message, transfer) =>
  self.postMessage(message, { transfer: transfer ?? [] }),
);
self.onmessage = (event: MessageEvent<ToWorker>) => void session.handle(event.data);
