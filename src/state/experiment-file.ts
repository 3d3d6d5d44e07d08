import { z } from 'zod';
import { defaultSettings, type Settings } from '../settings/schema';
import { validateSettings } from '../settings/validate';
import { appendPoints, curvePoints, emptyCurve, emptyHistory, type LossHistory } from './loss-history';
import { phrase, phraseOf, type Phrase } from '../settings/phrases';

/** Marks a file as one of ours, so another JSON file is refused with a clear message. */
export const EXPERIMENT_FORMAT = 'autoencoder-playground-experiment';
const EXPERIMENT_VERSION = 1;
const MAX_POINTS_PER_CURVE = 100_000;

type CurveName = keyof LossHistory;
const curveNames = Object.keys(emptyHistory) as CurveName[];

const pointSchema = z.strictObject({ epoch: z.number().min(0), loss: z.number() });
const fileSchema = z.object({
  format: z.literal(EXPERIMENT_FORMAT),
  version: z.literal(EXPERIMENT_VERSION),
  settings: z.record(z.string(), z.unknown()),
  history: z.partialRecord(
    z.enum(curveNames as [CurveName, ...CurveName[]]),
    z.array(pointSchema).max(MAX_POINTS_PER_CURVE),
  ),
});

/** An experiment: the settings and the loss curves of a run. */
export interface Experiment {
  settings: Settings;
  history: LossHistory;
}

/** Writes an experiment as pretty JSON: the settings and each loss curve as its list of points. */
export function encodeExperiment(experiment: Experiment, savedAt = new Date()): string {
  const history = Object.fromEntries(curveNames.map((name) => [name, curvePoints(experiment.history[name])]));
  return `${JSON.stringify(
    {
      format: EXPERIMENT_FORMAT,
      version: EXPERIMENT_VERSION,
      savedAt: savedAt.toISOString(),
      settings: experiment.settings,
      history,
    },
    null,
    2,
  )}\n`;
}

export type ExperimentReading = { ok: true; experiment: Experiment } | { ok: false; error: Phrase };

/** Reads an experiment file. Never throws: a corrupted file gives a message that says what is wrong. Settings
 * added since the file was written take their defaults. */
export function parseExperiment(text: string): ExperimentReading {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return refuse(phrase('experiment.notJson', { reason: phraseOf(error) }));
  }
  const file = fileSchema.safeParse(json);
  if (!file.success) {
    const issue = file.error.issues[0];
    const path = issue && issue.path.length > 0 ? issue.path.join('.') : phrase('experiment.theFile');
    if (issue?.path[0] === 'format') return refuse(phrase('experiment.notOurs'));
    // The schema library's own words for what is wrong: not ours to translate.
    return refuse(
      phrase('experiment.badField', {
        path,
        issue: phrase('raw', { text: issue?.message ?? 'unexpected content' }),
      }),
    );
  }
  const settings = validateSettings({ ...defaultSettings, ...file.data.settings });
  if (!settings.ok)
    return refuse(
      phrase('experiment.badSettings', { errors: settings.errors.map((e) => ({ fieldError: e.message })) }),
    );
  const history = { ...emptyHistory };
  for (const name of curveNames) history[name] = appendPoints(emptyCurve, file.data.history[name] ?? []);
  return { ok: true, experiment: { settings: settings.settings, history } };
}

function refuse(reason: Phrase): ExperimentReading {
  return { ok: false, error: phrase('experiment.refused', { reason }) };
}
