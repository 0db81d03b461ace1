/**
 * Files dropped on the page that are a chart, handed from the page-wide drop target to the chart picker
 * (features do not import each other; both import this).
 */
type Listener = (files: File[]) => void;
const listeners = new Set<Listener>();

export function offerChartFiles(files: File[]): void {
  for (const listener of listeners) listener(files);
}

export function onChartFilesOffered(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
