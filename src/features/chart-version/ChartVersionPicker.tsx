import { lazy, Suspense, useEffect, useId, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { chartName, chartRefText, parseChartRef, sameChartRef, shippedChartRef, type ChartRef } from '@/core/chart/ChartRef';
import { compareChartVersions } from '@/core/chart/chartVersion';
import { defaultChartVersion, isShippedChartVersion, shippedChartVersions } from '@/core/schema/chartCatalog';
import { useDispatch, useSession, useSessionStore } from '@/state/sessionStore';
import { onChartFilesOffered } from '@/state/offeredChartFiles';
import { chartQuery, keptChartsQuery } from './chartQuery';
import { chartVersionInAddress, forgetChartVersionInAddress } from '@/state/chartVersionInAddress';
import { MigrationReportDialog, type ChartSwitch } from './MigrationReportDialog';

// Reading an archive and validating a brought chart need code most sessions never use: load it on demand.
const BringChartDialog = lazy(() => import('./BringChartDialog').then((m) => ({ default: m.BringChartDialog })));
const loadMigration = () => Promise.all([import('@/core/migrate/migrateDocument'), import('@/core/migrate/ChartRelease')]);
import './chartVersionPicker.css';

/**
 * Values move between two versions of the Catalyst chart, shipped or brought; a chart of another name, or
 * the same version, takes the values as they are.
 */
function migratableCharts(a: ChartRef, b: ChartRef): boolean {
  return chartName(a) === 'catalyst' && chartName(b) === 'catalyst' && compareChartVersions(a.version, b.version) !== 0;
}

/** How the report names a chart: a shipped one by its version, a brought one as the picker lists it. */
function chartLabel(ref: ChartRef): string {
  return ref.kind === 'brought' ? `${ref.name} ${ref.version} (your chart)` : ref.version;
}

/**
 * The chart the values are for. Switching between versions of the chart carries the values across (one
 * undoable step) and says what moved; so does bringing a release other than the one the values are for.
 */
export function ChartVersionPicker() {
  const dispatch = useDispatch();
  const chartRef = useSession((s) => s.chartRef);
  // The picker's list and the kept charts name charts by their text.
  const chartKey = chartRefText(chartRef);
  const store = useSessionStore();
  const document = useSession((s) => s.document);
  const layerValues = useSession((s) => s.layerValues);
  const textParses = useSession((s) => s.textParses);
  const queryClient = useQueryClient();
  const kept = useQuery(keptChartsQuery());
  const brought = kept.data ?? [];
  const [change, setChange] = useState<ChartSwitch | undefined>(undefined);
  const [bringing, setBringing] = useState(false);
  const [unknownAsked] = useState(() => {
    const asked = chartVersionInAddress(window.location.search);
    return asked !== undefined && !isShippedChartVersion(asked) ? asked : undefined;
  });
  const [noticeShown, setNoticeShown] = useState(unknownAsked !== undefined);
  const selectId = useId();

  useEffect(forgetChartVersionInAddress, []);

  // A chart dropped anywhere on the page opens the dialog and is read straight away.
  const [droppedFiles, setDroppedFiles] = useState<File[]>();
  useEffect(
    () =>
      onChartFilesOffered((files) => {
        setDroppedFiles(files);
        setBringing(true);
      }),
    [],
  );

  const switchTo = async (to: ChartRef) => {
    const from = chartRef;
    if (sameChartRef(to, from)) return;
    const charts = migratableCharts(from, to) ? await Promise.all([queryClient.fetchQuery(chartQuery(from)), queryClient.fetchQuery(chartQuery(to))]).catch(() => undefined) : undefined;
    if (!charts) {
      dispatch({ type: 'chartSelected', chartRef: to });
      return;
    }
    const [fromLabel, toLabel] = charts.map((chart) => chartLabel(chart.ref));
    if (!textParses) {
      dispatch({ type: 'chartSelected', chartRef: to });
      setChange({ from: fromLabel!, to: toLabel!, report: undefined, reprinted: false, why: `The values were not carried to chart ${toLabel}: the YAML has errors. Fix them, switch back to ${fromLabel} and switch again to carry the values across.` });
      return;
    }
    const [{ migrateDocument, migrateLayers }, { releaseOf }] = await loadMigration();
    const [fromRelease, toRelease] = [releaseOf(charts[0]), releaseOf(charts[1])];
    const { overlays, baseText, environment } = store.getState();
    if (overlays.length > 0) {
      // Every layer is carried, or none: a base on one chart's layout under overlays on another's would merge wrongly.
      const layers = migrateLayers(baseText, overlays, fromRelease, toRelease);
      if (!layers) {
        dispatch({ type: 'chartSelected', chartRef: to });
        setChange({ from: fromLabel!, to: toLabel!, report: undefined, reprinted: false, why: `The values were not carried to chart ${toLabel}: a file of the workspace has YAML errors. Fix them, switch back to ${fromLabel} and switch again to carry the values across.` });
        return;
      }
      const text = environment === undefined ? layers.base : (layers.overlays.find((overlay) => overlay.name === environment)?.text ?? '');
      dispatch({ type: 'chartMigrated', chartRef: to, text, layers: { base: layers.base, overlays: layers.overlays, environment } });
      setChange({ from: fromLabel!, to: toLabel!, report: layers.report, reprinted: layers.reprinted });
      return;
    }
    const migrated = migrateDocument(document, layerValues, fromRelease, toRelease);
    dispatch({ type: 'chartMigrated', chartRef: to, text: migrated.text });
    setChange({ from: fromLabel!, to: toLabel!, report: migrated.report, reprinted: migrated.reprinted });
  };

  const switchToText = (text: string) => {
    const to = parseChartRef(text);
    if (to) void switchTo(to);
  };

  const currentBrought = brought.find((entry) => entry.key === chartKey);
  const known = (chartRef.kind === 'shipped' && isShippedChartVersion(chartRef.version)) || currentBrought !== undefined;
  // Values for a chart someone else brought (a share link names it, never carries it): ask for the chart.
  const missing = kept.isSuccess && !known && chartRef.kind === 'brought' ? chartRef : undefined;
  const missingLabel = missing && `${missing.name} ${missing.version} (not in this browser)`;
  return (
    <div className="chart-version">
      <label htmlFor={selectId} className="chart-version__label">
        Chart version
      </label>
      {/* The native select, transparent over the chart's full name: the list groups versions by chart. */}
      <span className="chart-version__control">
        <span className="chart-version__shown" aria-hidden="true">
          {currentBrought ? currentBrought.label : missingLabel ?? `catalyst ${chartKey}`}
        </span>
        <select id={selectId} className="chart-version__select" value={chartKey} onChange={(event) => switchToText(event.target.value)}>
          <optgroup label="catalyst">
            {shippedChartVersions.map((version) => (
              <option key={version} value={version}>
                {version}
              </option>
            ))}
          </optgroup>
          {brought.length > 0 && (
            <optgroup label="Your charts">
              {brought.map((entry) => (
                <option key={entry.key} value={entry.key}>
                  {entry.label}
                </option>
              ))}
            </optgroup>
          )}
          {!known && <option value={chartKey}>{missingLabel ?? `${chartKey} (not loaded)`}</option>}
        </select>
      </span>
      <button type="button" className="button" onClick={() => setBringing(true)}>
        Your chart…
      </button>
      {noticeShown && unknownAsked !== undefined && (
        <p className="chart-version__notice" role="alert">
          The address asks for chart {unknownAsked}, which this studio does not ship (it ships {shippedChartVersions.join(', ')}).{' '}
          <button type="button" className="button" aria-label="Dismiss chart notice" onClick={() => setNoticeShown(false)}>
            ×
          </button>
        </p>
      )}
      {missing && !bringing && (
        <p className="chart-version__notice" role="alert">
          These values are for {missing.name} {missing.version}, a chart brought into another studio: a share link names the chart but never carries
          it, and this browser does not have it. Bring the same chart to check the values against it.{' '}
          <button type="button" className="button" onClick={() => setBringing(true)}>
            Bring the chart…
          </button>
        </p>
      )}
      {bringing && (
        <Suspense fallback={<p role="status">Loading…</p>}>
          <BringChartDialog
            open={bringing}
            droppedFiles={droppedFiles}
            current={chartKey}
            onRemoved={(key) => {
              if (key === chartKey) dispatch({ type: 'chartSelected', chartRef: shippedChartRef(defaultChartVersion) });
            }}
            onClose={() => {
              setBringing(false);
              setDroppedFiles(undefined);
            }}
            onLoaded={(entry) => {
              setBringing(false);
              setDroppedFiles(undefined);
              // Values written for another release are carried across as a version switch would carry them;
              // with nothing written yet there is nothing to carry or report.
              const nothingWritten = Object.keys(layerValues).length === 0 && store.getState().overlays.length === 0;
              if (nothingWritten) dispatch({ type: 'chartSelected', chartRef: entry.chart.ref });
              else void switchTo(entry.chart.ref);
            }}
          />
        </Suspense>
      )}
      <MigrationReportDialog change={change} onClose={() => setChange(undefined)} />
    </div>
  );
}
