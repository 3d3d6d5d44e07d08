import { runBareLoop } from './bare-loop';
import type { BareReply, BareRequest } from './protocol';

self.onmessage = (event: MessageEvent<BareRequest>) => void answer(event.data);

/** Runs one measurement and posts the result, or the error, back to the page. */
async function answer(request: BareRequest): Promise<void> {
  let reply: BareReply;
  try {
    reply = { ok: true, result: await runBareLoop(request) };
  } catch (error) {
    reply = { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
}
