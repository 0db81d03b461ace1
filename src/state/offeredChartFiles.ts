import { Subscribable } from '@/core/observable/Subscribable';

/**
 * Files dropped on the page that are a chart, handed from the page-wide drop target to the chart picker
 * (features do not import each other; both import this).
 */
class OfferedChartFiles extends Subscribable<(files: File[]) => void> {
  offer(files: File[]): void {
    this.notify(files);
  }
}

const offered = new OfferedChartFiles();

export function offerChartFiles(files: File[]): void {
  offered.offer(files);
}

export const onChartFilesOffered = offered.subscribe;
