import { useEffect, useState } from 'react';
import { looksLikeChartFiles } from '@/core/chart-archive/looksLikeChartFiles';
import { offerChartFiles } from '@/state/offeredChartFiles';

/**
 * Files dropped anywhere on the page: a values file is opened, several are offered as a workspace, a chart is offered to the chart picker. The browser's default (navigating to the file) is prevented,
 * so a dropped file can never replace the page and the work in it.
 */
export function useFileDrop(onFile: (file: File) => void, onSeveral?: (files: File[]) => void): { dragging: boolean } {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      // A chart archive (or a chart's schema) is for "Use your own chart", not a values file to open.
      if (looksLikeChartFiles(files.map((f) => f.name))) offerChartFiles(files);
      // Several values files are a base and its overlays (values.yaml with values-prod.yaml).
      else if (files.length > 1 && onSeveral) onSeveral(files);
      else if (files[0]) onFile(files[0]);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [onFile, onSeveral]);
  return { dragging };
}
