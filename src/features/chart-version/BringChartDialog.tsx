import { useEffect, useId } from 'react';
import { ModalDialog } from '@/components/ModalDialog';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { addBroughtChart, type BroughtChartEntry } from './broughtCharts';
import { chartQuery } from './chartQuery';
import { readBroughtChart } from './readBroughtChart';

interface BringChartDialogProps {
  open: boolean;
  /** Files dropped on the page: read as soon as the dialog opens. */
  droppedFiles?: readonly File[];
  onClose: () => void;
  onLoaded: (entry: BroughtChartEntry) => void;
}

/** Choose a chart archive (or its schema and values files); it is read here, in the browser. */
export function BringChartDialog({ open, droppedFiles, onClose, onLoaded }: BringChartDialogProps) {
  const inputId = useId();
  const queryClient = useQueryClient();
  const reading = useMutation({
    mutationFn: readBroughtChart,
    onSuccess: (entry) => {
      addBroughtChart(entry);
      // The chart is ready: every part of the page asking for it gets it without a second read.
      queryClient.setQueryData(chartQuery(entry.key).queryKey, entry.validator);
      onLoaded(entry);
    },
  });
  const { mutate } = reading;
  useEffect(() => {
    if (droppedFiles && droppedFiles.length > 0) mutate(droppedFiles);
  }, [droppedFiles, mutate]);
  return (
    <ModalDialog title="Use your own chart" open={open} onClose={onClose}>
      <p>
        Choose the chart archive as <code>helm pull</code> downloads it (<code>.tgz</code>), or its <code>values.schema.json</code> together with its{' '}
        <code>values.yaml</code>. It is read in this browser; nothing is uploaded. The form follows the chart&apos;s schema, with the studio&apos;s sections where the
        paths match the shipped chart; the rest is under Advanced.
      </p>
      <div className="import-panel__picker">
        <label htmlFor={inputId}>Chart archive, or schema and values files</label>
        <input
          id={inputId}
          type="file"
          multiple
          accept=".tgz,.gz,.tar,.json,.yaml,.yml"
          disabled={reading.isPending}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            if (files.length > 0) reading.mutate(files);
          }}
        />
      </div>
      {reading.isPending && <p role="status">Reading the chart…</p>}
      {reading.isError && (
        <p className="import-panel__error" role="alert">
          {reading.error.message}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
