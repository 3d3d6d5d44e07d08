import { describe, expect, it } from 'vitest';
import { phrase } from '../settings/phrases';
import { defaultSettings } from '../settings/schema';
import type { FromWorker, ToWorker } from '../worker/protocol';
import { createPlayground } from './playground';

function setUp() {
  const sent: ToWorker[] = [];
  const playground = createPlayground(defaultSettings, () => ({
    send: (message) => sent.push(message),
    terminate: () => undefined,
  }));
  return { sent, playground };
}

describe('playground model transfer', () => {
  it('sends the export and import commands to the worker', () => {
    const { sent, playground } = setUp();
    const weights = new ArrayBuffer(8);
    playground.exportModel();
    playground.importModel('{}', weights);
    expect(sent.slice(-2)).toEqual([
      { type: 'exportModel' },
      { type: 'importModel', modelJson: '{}', weights },
    ]);
  });

  it("takes an imported model's settings without resetting the run the worker builds for it", () => {
    const { sent, playground } = setUp();
    playground.train();
    playground.receive({ type: 'phase', phase: 'running' });
    const settings = { ...defaultSettings, latentSize: 3, encoderUnits: [64] };
    playground.receive({ type: 'modelImport', result: { ok: true, settings } });
    expect(playground.settings.get().settings).toEqual(settings);
    expect(sent.map((message) => message.type)).not.toContain('reset');
  });

  it('leaves the settings alone when the worker refused the files', () => {
    const { playground } = setUp();
    playground.receive({
      type: 'modelImport',
      result: { ok: false, error: phrase('raw', { text: 'broken' }) },
    });
    expect(playground.settings.get().settings).toEqual(defaultSettings);
  });

  it('hands every worker message to its listeners until they stop listening', () => {
    const { playground } = setUp();
    const heard: FromWorker['type'][] = [];
    const stop = playground.listen((message) => heard.push(message.type));
    playground.receive({ type: 'modelExport', result: { ok: false, error: phrase('run.noModel') } });
    stop();
    playground.receive({ type: 'phase', phase: 'idle' });
    expect(heard).toEqual(['modelExport']);
  });
});
