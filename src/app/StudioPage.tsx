import { Suspense, lazy, useCallback, useEffect, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { createFieldNavigator } from '@/core/form/createFieldNavigator';
import { locateField } from '@/core/form/locateField';
import type { Chart } from '@/core/chart/createChart';
import type { Diagnostic } from '@/core/diagnostics/Diagnostic';
import type { OpenedShare } from '@/core/share/openSharePayload';
import { chartArchiveQuery, chartQuery } from '@/features/chart-version/chartQuery';
import { useHelmJudge, type HelmJudging } from '@/features/helm-verdict/useHelmJudge';
import { HelmVerdictLine } from '@/features/helm-verdict/HelmVerdictLine';
import { useKubernetesVersion } from '@/features/manifests/useKubernetesVersion';
import { manifestFileName } from '@/core/manifests/manifestStream';
import { resolveCommandOptions } from '@/core/commands/CommandOptions';
import { isSecretPointer } from '@/core/secrets/isSecretPointer';
import { chartName, chartRefText, type ChartRef } from '@/core/chart/ChartRef';
import { ChartVersionPicker } from '@/features/chart-version/ChartVersionPicker';
import { ProblemList } from '@/features/problems/ProblemList';
import { YamlEditorPane } from '@/features/yaml-editor/YamlEditorPane';
import { SchemaForm, type SectionTools } from '@/features/schema-form/SchemaForm';
import { RegistryForEveryImage } from '@/features/image-registry/RegistryForEveryImage';
import { createFormRuntime, type FormRuntime } from '@/features/schema-form/createFormRuntime';
import { ProblemBadge } from '@/components/ProblemBadge';
import { SkipLinks } from '@/components/SkipLinks';
import { HeaderActions } from './HeaderActions';
import { EnvironmentSwitcher } from '@/features/workspace/EnvironmentSwitcher';

/** The matrix is wanted only once a workspace has two environments: its code loads then. */
const EnvironmentMatrix = lazy(() => import('@/features/workspace/EnvironmentMatrix').then((m) => ({ default: m.EnvironmentMatrix })));
import { SessionProvider, createSessionStore, useDispatch, useSession, useSessionStore } from '@/state/sessionStore';
import { quickFix, quickFixTitle } from '@/core/fixes/quickFix';
import { forgetShareLinkInAddress, readStartup, type Startup } from '@/state/readStartup';
import { useChecked, useValuesCheck } from '@/state/useValuesCheck';

/** The manifests' list, diff and search load when the view is first opened: the form's first paint does not wait for them. */
const ManifestsView = lazy(() => import('@/features/manifests/ManifestsView').then((module) => ({ default: module.ManifestsView })));

/** The picture and its layout library load only when the picture is first opened: its own chunk, never on the form's path. */
const DeploymentPictureView = lazy(() => import('@/features/deployment-picture/DeploymentPictureView').then((module) => ({ default: module.DeploymentPictureView })));

export function StudioPage({ link }: { link: OpenedShare | undefined }) {
  const [startup] = useState(() => readStartup(link));
  const [store] = useState(() => createSessionStore(startup.session));
  useEffect(forgetShareLinkInAddress, []);
  return (
    <SessionProvider store={store}>
      <Studio startup={startup} />
    </SessionProvider>
  );
}

function Studio({ startup }: { startup: Startup }) {
  const chartRef = useSession((s) => s.chartRef);
  // How the page names the chart (in messages, and as the key that starts a new chart's form afresh).
  const chartVersion = chartRefText(chartRef);
  const loadedChart = useQuery(chartQuery(chartRef));
  const [navigator] = useState(createFieldNavigator);
  // Built when the chart arrives: the form model, its compiled conditions and the problem placer.
  const runtime = useMemo(() => (loadedChart.data ? createFormRuntime(loadedChart.data, navigator) : undefined), [loadedChart.data, navigator]);
  const sectionTools = useMemo<SectionTools>(
    () => (runtime ? { images: <RegistryForEveryImage model={runtime.model} chart={runtime.chart} /> } : {}),
    [runtime],
  );
  // Helm's engine renders the chart when it has the archive: brought by the user, or offered by the host.
  const archive = useQuery({ ...chartArchiveQuery(chartRef), enabled: loadedChart.data !== undefined });
  const [chosenView, setView] = useState<'form' | 'manifests' | 'picture' | 'matrix'>('form');
  // The object a problem asked the Manifests view to show; the serial tells a second ask for the same one apart.
  const [revealedObject, setRevealedObject] = useState<{ key: string; serial: number }>();
  const revealObject = useCallback((key: string) => {
    setView('manifests');
    setRevealedObject((previous) => ({ key, serial: (previous?.serial ?? 0) + 1 }));
  }, []);
  const showForm = useCallback(() => setView('form'), []);
  // A view the user picks starts afresh: no object is brought into view by an earlier problem.
  const chooseView = (picked: typeof chosenView) => {
    setView(picked);
    setRevealedObject(undefined);
  };
  const isWorkspace = useSession((s) => s.overlays.length > 0);
  const view = chosenView === 'matrix' && !isWorkspace ? 'form' : chosenView;
  const kubernetes = useKubernetesVersion(archive.data);
  const helm = useHelmJudge(chartRef, archive.isError ? null : archive.data, loadedChart.data, kubernetes.version, view === 'manifests');
  // Helm's verdicts re-render this component: the form, the editor and the problems keep their elements.
  const form = useMemo(() => runtime && <SchemaForm key={chartVersion} runtime={runtime} sectionTools={sectionTools} />, [runtime, chartVersion, sectionTools]);
  const editor = useMemo(() => <YamlEditorPane chart={loadedChart.data} />, [loadedChart.data]);
  const problems = useMemo(() => runtime && <Problems runtime={runtime} showForm={showForm} revealObject={revealObject} />, [runtime, showForm, revealObject]);
  const isSecret = useMemo(() => (loadedChart.data ? isSecretPointer(loadedChart.data.schema) : () => false), [loadedChart.data]);
  return (
    <div className="studio">
      <SkipLinks links={skipLinks} />
      <header className="studio__header">
        <h1>Catalyst Values Studio</h1>
        <ChartVersionPicker />
        {loadedChart.data && <HeaderProblems chart={loadedChart.data} />}
        <HistoryActions />
        <HeaderActions startup={startup} rendered={helm.rendered?.current} />
      </header>
      <main className="studio__main">
        <div className="studio__form">
          {loadedChart.isPending && <p role="status">Loading chart {chartVersion}…</p>}
          {loadedChart.isError && <p role="alert">Chart {chartVersion} could not be loaded: {loadedChart.error.message}</p>}
          <div className="studio__views" role="group" aria-label="View">
            <button type="button" className="button" aria-pressed={view === 'form'} onClick={() => chooseView('form')}>
              Form
            </button>
            <button type="button" className="button" aria-pressed={view === 'manifests'} onClick={() => chooseView('manifests')}>
              Manifests
            </button>
            <button type="button" className="button" aria-pressed={view === 'picture'} onClick={() => chooseView('picture')}>
              Picture
            </button>
            {isWorkspace && (
              <button type="button" className="button" aria-pressed={view === 'matrix'} onClick={() => chooseView('matrix')}>
                Compare environments
              </button>
            )}
          </div>
          {loadedChart.data && <EnvironmentSwitcher chart={loadedChart.data} />}
          {/* Hidden, not unmounted, while Manifests shows: the form keeps where the user was. Keyed by chart: a new chart's sections start afresh. */}
          <div hidden={view !== 'form'}>{form}</div>
          {view === 'matrix' && loadedChart.data && (
            <Suspense fallback={<p role="status">Loading…</p>}>
              <EnvironmentMatrix chart={loadedChart.data} />
            </Suspense>
          )}
          {view === 'manifests' && (
            <Suspense fallback={<p role="status">Loading the manifests…</p>}>
              <ManifestsView
                current={helm.rendered?.current}
                defaults={helm.rendered?.defaults}
                waiting={manifestsWaiting(helm.status, helm.rendered?.current !== undefined)}
                fileName={manifestsFileName(chartRef)}
                refusals={helm.rendered?.refusals}
                chart={loadedChart.data}
                kubernetesVersion={kubernetes.version}
                kubernetesVersions={kubernetes.offered}
                onKubernetesVersionChange={kubernetes.pick}
                revealed={revealedObject}
              />
            </Suspense>
          )}
          {view === 'picture' && loadedChart.data && runtime && (
            <Suspense fallback={<p role="status">Loading the picture…</p>}>
              <DeploymentPictureView
                current={helm.rendered?.current}
                waiting={manifestsWaiting(helm.status, helm.rendered?.current !== undefined)}
                chartDefaults={loadedChart.data.defaults}
                isSecret={isSecret}
                namespace={resolveCommandOptions().namespace}
                baseName={manifestsFileName(chartRef).replace(/\.yaml$/, '')}
                openValue={(pointer) =>
                  locateField(runtime.model, pointer)
                    ? () => {
                        setView('form');
                        runtime.navigator.open(pointer);
                      }
                    : undefined
                }
              />
            </Suspense>
          )}
        </div>
        <aside className="studio__preview" aria-label="Values file">
          {editor}
          <HelmVerdictLine status={helm.status} archiveError={archive.isError ? archive.error.message : undefined} />
          {problems}
        </aside>
      </main>
    </div>
  );
}

/** Past the header and the section list to the fields; past the editor (which keeps Tab) to the problems. */
const skipLinks = [
  { label: 'Skip to the form fields', target: 'form-fields' },
  { label: 'Skip to the problems', target: 'problems-heading' },
];

/** The download's name: the chart and its version (a brought chart's key carries both), then the release. */
function manifestsFileName(ref: ChartRef): string {
  return manifestFileName(chartName(ref), ref.version, 'catalyst');
}

/** Why the Manifests view shows nothing, or shows objects for earlier values. */
function manifestsWaiting(status: HelmJudging['status'], hasObjects: boolean): string | undefined {
  if (!status) return "Helm renders the manifests from the chart's archive: bring it with \"Your chart…\".";
  if (status.state === 'judged' && status.errors > 0) return hasObjects ? 'Helm refuses the current values: these are the objects of the last values it rendered.' : 'Helm refuses the current values: see Problems.';
  if (status.state === 'unfinished') return status.reason;
  return undefined;
}

/** The problem count, always in sight; it jumps to the list. */
function HeaderProblems({ chart }: { chart: Chart }) {
  const errors = useChecked(chart, ({ check }) => check.diagnostics.filter((d) => d.severity === 'error').length) ?? 0;
  const warnings = useChecked(chart, ({ check }) => check.diagnostics.filter((d) => d.severity === 'warning').length) ?? 0;
  return (
    <a className="studio__problems" href="#problems-heading" onClick={(event) => {
      event.preventDefault();
      const heading = document.getElementById('problems-heading');
      if (!heading) return;
      // Focus, not only scroll: the next Tab is the first problem, wherever the focus was (even in the editor).
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
      heading.scrollIntoView({ block: 'start' });
    }}>
      {errors === 0 && warnings === 0 ? <span className="badge badge--ok">No problems</span> : <ProblemBadge errors={errors} warnings={warnings} />}
    </a>
  );
}

function HistoryActions() {
  const dispatch = useDispatch();
  const canUndo = useSession((s) => s.past.length > 0);
  const canRedo = useSession((s) => s.future.length > 0);
  return (
    <div className="studio__actions">
      <button type="button" className="button" disabled={!canUndo} onClick={() => dispatch({ type: 'undo' })}>
        Undo
      </button>
      <button type="button" className="button" disabled={!canRedo} onClick={() => dispatch({ type: 'redo' })}>
        Redo
      </button>
    </div>
  );
}

interface ProblemsProps {
  runtime: FormRuntime;
  /** Brings the form into view (from Manifests or the picture), so that the field asked for can be shown. */
  showForm: () => void;
  /** Shows a rendered object in the Manifests view, by its key. */
  revealObject: (key: string) => void;
}

function Problems({ runtime, showForm, revealObject }: ProblemsProps) {
  const { diagnostics } = useValuesCheck(runtime.chart);
  const open = (diagnostic: Diagnostic) => {
    // A syntax error can only be fixed in the text, and a problem of the file as a whole (pointer '') is there too.
    if (diagnostic.source !== 'yaml' && diagnostic.pointer !== '' && locateField(runtime.model, diagnostic.pointer)) {
      showForm();
      runtime.navigator.open(diagnostic.pointer);
      return;
    }
    // A refusal no value of the user's explains is about the object: show it.
    if (diagnostic.pointer === '' && diagnostic.object) {
      revealObject(diagnostic.object);
      return;
    }
    // Syntax errors and keys outside every section live only in the text.
    // The editor's own text box (Monaco's, or the plain one it falls back to).
    // After this click's own focus handling has settled, or the button keeps the focus.
    requestAnimationFrame(() => document.querySelector<HTMLTextAreaElement>('.yaml-pane textarea')?.focus());
  };
  const store = useSessionStore();
  const dispatch = useDispatch();
  // Diagnostics change with every text, so reading the session at render sees the text they describe.
  const fixTitle = (diagnostic: Diagnostic) => quickFixTitle(store.getState(), diagnostic);
  const fix = (diagnostic: Diagnostic) => {
    const fixed = quickFix(store.getState(), diagnostic);
    if (fixed) dispatch({ type: 'fixApplied', text: fixed.text });
  };
  return <ProblemList diagnostics={diagnostics} onSelect={open} fixTitle={fixTitle} onFix={fix} />;
}
