import { createStore, get, set } from 'idb-keyval';
import { isBackendProbe, type BackendProbe } from '../settings/backend-probe';

/** Raw key-value storage: IndexedDB in the browser, a Map in tests. */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

/** Where the "auto" backend keeps its probes between visits, so each device and model size is timed once. */
export interface ProbeCache {
  /** The probe stored under `key`, marked as coming from the cache; null when there is none, it is
   * unreadable, or the storage fails. */
  read(key: string): Promise<BackendProbe | null>;
  /** Stores the probe; a failing storage is ignored (the probe simply runs again next time). */
  write(key: string, probe: BackendProbe): Promise<void>;
}

/** A cache over any key-value storage; what it reads back is checked before it is trusted. */
export function createProbeCache(store: KeyValueStore): ProbeCache {
  return {
    async read(key) {
      try {
        const value = await store.get(key);
        return isBackendProbe(value) ? { ...value, fromCache: true } : null;
      } catch {
        return null;
      }
    },
    async write(key, probe) {
      try {
        await store.set(key, { ...probe, fromCache: false });
      } catch {
        // Private browsing or a full disk: the cache is an optimisation only.
      }
    },
  };
}

/** A store in memory, for tests and for browsers without IndexedDB. */
export function memoryStore(): KeyValueStore {
  const values = new Map<string, unknown>();
  return {
    get: (key) => Promise.resolve(structuredClone(values.get(key))),
    set: (key, value) => {
      values.set(key, structuredClone(value));
      return Promise.resolve();
    },
  };
}

/** The probe cache in IndexedDB (a database of its own, which workers can open too); in memory where there
 * is no IndexedDB. */
export function openProbeCache(): ProbeCache {
  if (typeof indexedDB === 'undefined') return createProbeCache(memoryStore());
  const database = createStore('autoencoder-playground-probes', 'probes');
  return createProbeCache({
    get: (key) => get(key, database),
    set: (key, value) => set(key, value, database),
  });
}
