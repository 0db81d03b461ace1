import { useEffect, useId, useState } from 'react';
import { ModalDialog } from '@/components/ModalDialog';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dropBroughtChart, findBroughtChart, rememberBroughtChart, type BroughtChartEntry } from './broughtCharts';
import { chartArchiveQuery, chartQuery, keptChartsQuery } from './chartQuery';
import { forgetChart, keepChart } from '@/state/keptCharts';
import { readChosenChart } from './readBroughtChart';
import { parseChartRef } from '@/core/chart/ChartRef';
import { OverlayReportSummary } from './OverlayReportSummary';

/** The overlay report of a brought chart this page has read (a chart read from an archive has one). */
function reportOf(key: string) {
  return findBroughtChart(key)?.overlayReport;
}

interface BringChartDialogProps {
  open: boolean;
  /** Files dropped on the page: read as soon as the dialog opens. */
  droppedFiles?: readonly File[];
  /** The chart the session is on, so removing it can move the session to a shipped one. */
  current: string;
  onClose: () => void;
  onLoaded: (entry: BroughtChartEntry) => void;
  onRemoved: (key: string) => void;
}

/** What reading and keeping a chart gave: the chart, and why it lasts only for this page when it does. */
interface Brought {
  entry: BroughtChartEntry;
  notKept: string | undefined;
}

/**
 * Choose or drop a chart archive, a chart folder, or a schema with its values file; it is read here, in the
 * browser, and kept in this browser (IndexedDB) until removed from the list below.
 */
export function BringChartDialog({ open, droppedFiles, current, onClose, onLoaded, onRemoved }: BringChartDialogProps) {
  const fileInputId = useId();
  const folderInputId = useId();
  const queryClient = useQueryClient();
  const kept = useQuery(keptChartsQuery());
  const [notKept, setNotKept] = useState<string>();
  const reading = useMutation({
    mutationFn: async (files: readonly File[]): Promise<Brought> => {
      const entry = await readChosenChart(files);
      rememberBroughtChart(entry);
      try {
        await keepChart({ key: entry.key, label: entry.label, files: entry.files, keptAt: new Date().toISOString() });
        return { entry, notKept: undefined };
      } catch (error) {
        return { entry, notKept: `This browser did not keep the chart (${error instanceof Error ? error.message : String(error)}): it is here until the page closes.` };
      }
    },
    onSuccess: ({ entry, notKept: why }) => {
      // The chart is ready: every part of the page asking for it gets it without a second read.
      queryClient.setQueryData(chartQuery(entry.chart.ref).queryKey, entry.chart);
      queryClient.setQueryData(chartArchiveQuery(entry.chart.ref).queryKey, entry.archive ?? null);
      // The list knows the chart before the session moves to it: until the list is read again from storage,
      // the picker would otherwise call the chart the user just brought absent from this browser.
      queryClient.setQueryData(keptChartsQuery().queryKey, (listed) =>
        listed?.some((kept) => kept.key === entry.key) ? listed : [...(listed ?? []), { key: entry.key, label: entry.label }],
      );
      void queryClient.invalidateQueries({ queryKey: keptChartsQuery().queryKey });
      setNotKept(why);
      onLoaded(entry);
    },
  });
  const removing = useMutation({
    mutationFn: async (key: string) => {
      await forgetChart(key).catch(() => undefined);
      dropBroughtChart(key);
      return key;
    },
    onSuccess: (key) => {
      const ref = parseChartRef(key);
      if (ref) {
        queryClient.removeQueries({ queryKey: chartQuery(ref).queryKey });
        queryClient.removeQueries({ queryKey: chartArchiveQuery(ref).queryKey });
      }
      void queryClient.invalidateQueries({ queryKey: keptChartsQuery().queryKey });
      onRemoved(key);
    },
  });
  const { mutate } = reading;
  useEffect(() => {
    if (droppedFiles && droppedFiles.length > 0) mutate(droppedFiles);
  }, [droppedFiles, mutate]);
  const choose = (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length > 0) reading.mutate(files);
  };
  return (
    <ModalDialog title="Use your own chart" open={open} onClose={onClose}>
      <p>
        Choose the chart archive as <code>helm pull</code> downloads it (<code>.tgz</code>), the chart&apos;s folder, or its <code>values.schema.json</code> together with
        its <code>values.yaml</code>. It is read in this browser; nothing is uploaded. With the archive or the folder, Helm itself renders the chart with your values
        and judges them. From an archive or a folder, any release of the chart gets the studio&apos;s full form: every value of its values.yaml, described by the
        studio where it knows the value and by the chart&apos;s own comments where it does not, with the studio&apos;s sections, secrets and checks; values it
        does not place are under Advanced. From a schema and a values file, the form follows the chart&apos;s schema, with the studio&apos;s sections where the
        paths match the shipped chart.
      </p>
      <div className="import-panel__picker">
        <label htmlFor={fileInputId}>Chart archive, or schema and values files</label>
        <input id={fileInputId} type="file" multiple accept=".tgz,.gz,.tar,.json,.yaml,.yml" disabled={reading.isPending} onChange={(event) => choose(event.target)} />
      </div>
      <div className="import-panel__picker">
        <label htmlFor={folderInputId}>Chart folder</label>
        {/* webkitdirectory is not in React's types: set on the element, it makes the picker choose a folder. */}
        <input
          id={folderInputId}
          type="file"
          ref={(input) => input?.setAttribute('webkitdirectory', '')}
          disabled={reading.isPending}
          onChange={(event) => choose(event.target)}
        />
      </div>
      {reading.isPending && <p role="status">Reading the chart…</p>}
      {reading.isError && (
        <p className="import-panel__error" role="alert">
          {reading.error.message}
        </p>
      )}
      {notKept && <p role="status">{notKept}</p>}
      {kept.data && kept.data.length > 0 && (
        <section aria-labelledby={`${fileInputId}-kept`}>
          <h3 id={`${fileInputId}-kept`}>Charts kept in this browser</h3>
          <ul className="kept-charts" aria-label="Charts kept in this browser">
            {kept.data.map((chart) => (
              <li key={chart.key} className="kept-charts__item">
                <span>
                  {chart.label}
                  {chart.key === current ? ' — in use' : ''}
                </span>
                <button type="button" className="button" aria-label={`Remove ${chart.label}`} disabled={removing.isPending} onClick={() => removing.mutate(chart.key)}>
                  Remove
                </button>
                {reportOf(chart.key) && <OverlayReportSummary label={chart.label} report={reportOf(chart.key)!} />}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
