import type { HelmEngineClient } from '@/core/helm-engine/HelmEngineClient';
import { environmentValuesText } from '@/core/session/environmentValuesText';
import type { HelmManifest, HelmRenderResult } from '@/core/helm-engine/HelmRenderResult';
import type { HelmProblem } from '@/core/helm-errors/locateHelmError';
import { readHelmResult } from '@/core/helm-errors/readHelmResult';
import type { ObjectRefusal } from '@/core/kubernetes/checkKubernetesObjects';
import { locateRefusal } from '@/core/kubernetes/locateRefusal';
import type { Values } from '@/core/diagnostics/Diagnostic';
import { studioRenderRequest } from '@/core/helm-errors/studioRenderRequest';
import { selectStudioCheck } from '@/core/session/selectValuesCheck';
import type { Chart } from '@/core/chart/createChart';
import type { SessionStore } from '@/state/sessionStore';
import { sameChartRef, type ChartRef } from '@/core/chart/ChartRef';
import { afterNextPaint, afterPause } from '@/state/later';

/** Where Helm's judging stands, for the line that says so. */
export type HelmJudgeStatus =
  | { state: 'rendering' }
  | { state: 'judged'; errors: number }
  | { state: 'unfinished'; reason: string };

/** The objects Helm rendered: for the latest values it rendered, and for the chart's defaults. */
export interface RenderedObjects {
  /** Undefined until Helm has rendered the values once. */
  current: HelmManifest[] | undefined;
  /** Undefined until Helm has rendered the chart's defaults (once asked for, once per chart). */
  defaults: HelmManifest[] | undefined;
  /** What the Kubernetes API server would refuse in `current`; undefined until checked. */
  refusals?: ObjectRefusal[] | undefined;
}

interface HelmJudgeOptions {
  store: SessionStore;
  client: HelmEngineClient;
  chartRef: ChartRef;
  /** The chart's archive, as Helm renders it. */
  archive: Uint8Array;
  chart: Chart;
  /** Quiet time after an edit before Helm renders: typing renders once, at the end. */
  debounceMs: number;
  onStatus: (status: HelmJudgeStatus) => void;
  /** Called with every set of objects Helm renders (a verdict that refuses the values renders none). */
  onRendered?: (rendered: RenderedObjects) => void;
  /** The cluster's Kubernetes version (`1.33`): Helm renders for it, and the objects are checked against it. */
  kubernetesVersion?: string;
  /** Checks rendered objects as the Kubernetes API server would; without it, they are not checked. */
  checkObjects?: (manifests: readonly HelmManifest[]) => Promise<ObjectRefusal[]>;
  /**
   * Text typed in the editor before the session takes it in (see typedText): Helm starts rendering it after
   * `typedPauseMs`, so its verdict is ready, or nearly, when the text reaches the session.
   */
  onTextTyped?: (listener: (text: string) => void) => () => void;
  /** Quiet time after a keystroke in the editor before Helm renders the typed text; default `debounceMs`. */
  typedPauseMs?: number;
}

/**
 * Has Helm judge the session's values whenever they change, off the path of the edit: an edit only restarts
 * a timer; when it fires, the values go to the engine's worker (the latest replacing any waiting), and the
 * verdict comes back to the session as an action. Text that does not parse is not sent: the last verdict
 * stands until it does. Text typed in the editor is rendered after a pause of its own, before the editor
 * hands it to the session; when it arrives there, that render is its verdict, without a second pause.
 */
export interface HelmJudge {
  stop(): void;
  /**
   * Has Helm render the chart's defaults too, once, for comparing objects against them. Asked only when
   * something shows the comparison, so the render never delays a verdict the user is waiting for.
   */
  renderDefaults(): void;
}

export function createHelmJudge({ store, client, chartRef, archive, chart, debounceMs, onStatus, onRendered, kubernetesVersion = '', checkObjects, onTextTyped, typedPauseMs = debounceMs }: HelmJudgeOptions): HelmJudge {
  let lastSent: string | undefined;
  /** The latest text sent to the engine and its render, for reading it when that text reaches the session. */
  let latestRender: { text: string; result: Promise<HelmRenderResult> } | undefined;
  /** Typed in the editor and not yet in the session. */
  let typed: string | undefined;
  let sessionText = store.getState().text;
  let stopped = false;
  const rendered: RenderedObjects = { current: undefined, defaults: undefined };
  let defaultsAsked = false;

  const renderDefaults = () => {
    if (defaultsAsked || stopped || !onRendered) return;
    defaultsAsked = true;
    void client.render(studioRenderRequest(archive, '', chart.defaults, kubernetesVersion)).then((result) => {
      if (stopped) return;
      if (result.error?.phase === 'superseded' || result.error?.phase === 'limit') {
        defaultsAsked = false;
        return;
      }
      rendered.defaults = result.error ? [] : result.manifests;
      onRendered({ ...rendered });
    });
  };

  /** The render of `text`: the one already asked for when it is the latest, else a new one. */
  const render = (text: string): Promise<HelmRenderResult> => {
    if (latestRender?.text === text) return latestRender.result;
    const started = { text, result: client.render(studioRenderRequest(archive, text, chart.defaults, kubernetesVersion)) };
    latestRender = started;
    void started.result.then((result) => {
      // Helm did not render it (replaced while waiting, stopped at a limit): asking again must render anew.
      if (latestRender === started && (result.error?.phase === 'superseded' || result.error?.phase === 'limit')) latestRender = undefined;
    });
    return started.result;
  };

  const send = () => {
    const session = store.getState();
    const text = environmentValuesText(session);
    if (!sameChartRef(session.chartRef, chartRef) || !session.textParses || text === lastSent) return;
    lastSent = text;
    onStatus({ state: 'rendering' });
    void render(text).then((result) => {
      if (stopped) return;
      if (result.error?.phase === 'superseded') {
        // Replaced by something other than newer values (the defaults' render): these values still want a verdict.
        if (lastSent === text) {
          lastSent = undefined;
          pause.restart();
        }
        return;
      }
      // Read only now, so the studio's check of these values (computed after the edit's paint) is not waited for before Helm starts.
      const judged = { userValues: session.userValues, values: selectStudioCheck(session, chart).values };
      const outcome = readHelmResult(result, judged);
      if (outcome.kind === 'superseded') return;
      if (outcome.kind === 'unfinished') {
        // The values Helm did not finish are not judged: the next change (or this one again) is sent anew.
        lastSent = undefined;
        store.dispatch({ type: 'helmUnfinished', chartRef, reason: outcome.reason });
        onStatus({ state: 'unfinished', reason: outcome.reason });
        return;
      }
      // Until the new objects are checked, the last refusals stand (applyHelmVerdict drops those at changed values).
      const previous = store.getState().helm?.kubernetes;
      const verdict = !result.error && previous && checkObjects ? { ...outcome.verdict, kubernetes: previous } : outcome.verdict;
      store.dispatch({ type: 'helmJudged', chartRef, verdict });
      onStatus({ state: 'judged', errors: outcome.verdict.problems.length });
      if (!result.error) {
        rendered.current = result.manifests;
        onRendered?.({ ...rendered });
        // Once the verdict has painted: the check's first step would otherwise hold up the frame that shows it.
        if (checkObjects) afterNextPaint(() => {
          if (stopped || rendered.current !== result.manifests) return;
          void checkObjects(result.manifests).then((refusals) => {
            if (stopped || rendered.current !== result.manifests) return;
            rendered.refusals = refusals;
            onRendered?.({ ...rendered });
            // Only onto the verdict it belongs to: a newer one has its own objects to check.
            if (store.getState().helm !== verdict) return;
            store.dispatch({ type: 'helmJudged', chartRef, verdict: { ...verdict, kubernetes: refusalsAtValues(refusals, judged.userValues, kubernetesVersion) } });
          });
        });
      }
    });
  };
  const pause = afterPause(send, debounceMs);
  const typedPause = afterPause(() => {
    const session = store.getState();
    // An environment is rendered as its layers merged, not as the text being typed: only a single file starts early.
    if (typed !== undefined && session.environment === undefined && sameChartRef(session.chartRef, chartRef)) void render(typed);
  }, typedPauseMs);
  const unsubscribe = store.subscribe(() => {
    const session = store.getState();
    if (session.text !== sessionText) {
      sessionText = session.text;
      // The editor has handed its text over (or the session moved on without it): nothing typed is pending.
      typed = undefined;
      typedPause.cancel();
      // Text Helm is already rendering has had its pause: its verdict is read as soon as it comes.
      if (latestRender !== undefined && environmentValuesText(session) === latestRender.text) {
        pause.cancel();
        send();
        return;
      }
    }
    pause.restart();
  });
  const stopTyped = onTextTyped?.((text) => {
    typed = text === sessionText ? undefined : text;
    typedPause.restart();
  });
  // The values as they are when judging starts, without waiting for an edit.
  send();
  return {
    stop() {
      stopped = true;
      unsubscribe();
      stopTyped?.();
      pause.cancel();
      typedPause.cancel();
    },
    renderDefaults,
  };
}

/**
 * Each refusal at the value of the user's that explains it, else at the document (as the command line places
 * them), each naming its object: the install would fail on it either way.
 */
function refusalsAtValues(refusals: readonly ObjectRefusal[], userValues: Values, kubernetesVersion: string): HelmProblem[] {
  const cluster = kubernetesVersion ? `Kubernetes ${kubernetesVersion}` : 'Kubernetes';
  return refusals.map((refusal) => ({
    pointer: locateRefusal(refusal, userValues) ?? '',
    message: `${cluster} would refuse ${refusal.kind} ${refusal.name}: ${refusal.message}`,
    object: refusal.object,
  }));
}
