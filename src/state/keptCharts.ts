import type { DroppedFile } from '@/core/chart-archive/readChartFiles';

/** A chart the user brought, kept in this browser so it is there after a reload until they remove it. */
interface KeptChart {
  key: string;
  label: string;
  /** The files as read (an archive — a chosen folder is packed into one — or a schema with its values). */
  files: DroppedFile[];
  keptAt: string;
}

const DATABASE = 'catalyst-values-studio';
const STORE = 'charts';
/** The keys, mirrored where the start-up can read them at once: the page decides its chart before IndexedDB answers. */
const KEYS = 'catalyst-values-studio:kept-charts';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('This browser keeps no data for this page (IndexedDB is not available).'));
      return;
    }
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'key' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened.'));
  });
}

async function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const database = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = database.transaction(STORE, mode);
      const request = action(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error ?? request.error ?? new Error('IndexedDB refused the change.'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB refused the change (is the disk full?).'));
    });
  } finally {
    database.close();
  }
}

export async function keepChart(chart: KeptChart): Promise<void> {
  await run('readwrite', (store) => store.put(chart));
  writeKeys([...new Set([...keptChartKeys(), chart.key])]);
}

export async function forgetChart(key: string): Promise<void> {
  await run('readwrite', (store) => store.delete(key));
  writeKeys(keptChartKeys().filter((kept) => kept !== key));
}

export async function loadKeptChart(key: string): Promise<KeptChart | undefined> {
  const found: unknown = await run('readonly', (store) => store.get(key));
  return isKeptChart(found) ? found : undefined;
}

/** Oldest first: the order the user brought them in. */
export async function listKeptCharts(): Promise<KeptChart[]> {
  const all: unknown[] = await run('readonly', (store) => store.getAll());
  const charts = all.filter(isKeptChart).sort((a, b) => a.keptAt.localeCompare(b.keptAt));
  writeKeys(charts.map((chart) => chart.key));
  return charts;
}

/** The kept charts' keys, read at once (see KEYS); empty when storage is off. */
export function keptChartKeys(): string[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(KEYS) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((key): key is string => typeof key === 'string') : [];
  } catch {
    return [];
  }
}

function writeKeys(keys: string[]): void {
  try {
    window.localStorage.setItem(KEYS, JSON.stringify(keys));
  } catch {
    // Storage off: after a reload the page opens on a shipped chart, and the kept one is still in the list.
  }
}

function isKeptChart(value: unknown): value is KeptChart {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record['key'] === 'string' &&
    typeof record['label'] === 'string' &&
    typeof record['keptAt'] === 'string' &&
    Array.isArray(record['files']) &&
    record['files'].every((file: unknown) => typeof file === 'object' && file !== null && typeof (file as DroppedFile).name === 'string' && (file as DroppedFile).bytes instanceof Uint8Array)
  );
}
