import type { FromWorker, GenerationKind } from '../worker/protocol';

type Message<T extends FromWorker['type']> = Extract<FromWorker, { type: T }>;

/** What the views of the learned code show; cleared when a run ends. */
export interface ViewsState {
  insights: Omit<Message<'insights'>, 'type'> | null;
  baseline: Omit<Message<'pcaBaseline'>, 'type'> | null;
  inspection: Omit<Message<'sampleInspection'>, 'type'> | null;
  mapPointImage: Float32Array | null;
  traversalImage: Float32Array | null;
  interpolation: Omit<Message<'interpolation'>, 'type'> | null;
  weights: Omit<Message<'weights'>, 'type'> | null;
  /** A variational model's decoded draws from the prior and its manifold grid. */
  generated: Partial<Record<GenerationKind, Omit<Message<'generated'>, 'type'>>>;
}

export const initialViewsState: ViewsState = {
  insights: null,
  baseline: null,
  inspection: null,
  mapPointImage: null,
  traversalImage: null,
  interpolation: null,
  weights: null,
  generated: {},
};

/** The views' state after a message from the worker; other messages leave it as it is. */
export function reduceViews(state: ViewsState, message: FromWorker): ViewsState {
  switch (message.type) {
    case 'insights': {
      const { type: _type, ...insights } = message;
      return { ...state, insights };
    }
    case 'pcaBaseline': {
      const { type: _type, ...baseline } = message;
      return { ...state, baseline };
    }
    case 'sampleInspection': {
      const { type: _type, ...inspection } = message;
      return { ...state, inspection };
    }
    case 'decodedImage':
      return message.purpose === 'mapPoint'
        ? { ...state, mapPointImage: message.output }
        : { ...state, traversalImage: message.output };
    case 'interpolation': {
      const { type: _type, ...interpolation } = message;
      return { ...state, interpolation };
    }
    case 'weights': {
      const { type: _type, ...weights } = message;
      return { ...state, weights };
    }
    case 'generated': {
      const { type: _type, ...generated } = message;
      return { ...state, generated: { ...state.generated, [message.kind]: generated } };
    }
    default:
      return state;
  }
}
