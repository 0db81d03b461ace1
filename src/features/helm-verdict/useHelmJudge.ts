import { useEffect, useState } from 'react';
import type { HelmEngineClient } from '@/core/helm-engine/HelmEngineClient';
import type { Chart } from '@/core/chart/createChart';
import { afterNextPaint } from '@/state/later';
import { useSessionStore } from '@/state/sessionStore';
import { onTextTyped } from '@/state/typedText';
import { createHelmJudge, type HelmJudge, type HelmJudgeStatus, type RenderedObjects } from './createHelmJudge';
import { startBrowserEngineClient } from './startBrowserEngineClient';
import { startEngineWorker } from './startEngineWorker';
import { checkObjectsInSteps } from './checkObjectsInSteps';
import type { ChartRef } from '@/core/chart/ChartRef';
import type { KubernetesVersion } from '@/core/kubernetes/kubernetesVersions';

/** Long enough that typing renders once, at the end; short enough that Helm's verdict follows within half a second. */
const DEBOUNCE_MS = 120;
/**
 * The editor hands typed text to the session after 300 ms of quiet; a render of the chart takes about half
 * that. Starting on the typed text after this pause has its verdict ready about when the text arrives, and
 * renders less text that is still changing than starting sooner would: those renders compete with typing
 * for the processor.
 */
const TYPED_TEXT_PAUSE_MS = 150;

export interface HelmJudging {
  /** Undefined when Helm has no archive to render. */
  status: HelmJudgeStatus | undefined;
  rendered: RenderedObjects | undefined;
}

/**
 * Helm judges the values whenever the chart has an archive (undefined: not known yet; null: none). The engine
 * starts after the form has painted, in a worker, and is kept for the page; the form never waits for it.
 * Helm renders for the cluster's Kubernetes version, and the objects it renders are checked against it.
 */
export function useHelmJudge(
  chartRef: ChartRef,
  archive: Uint8Array | null | undefined,
  chart: Chart | undefined,
  /** Undefined while it is not known yet: Helm waits for it. */
  kubernetesVersion: KubernetesVersion | undefined,
  compareWithDefaults = false,
): HelmJudging {
  const store = useSessionStore();
  const [client, setClient] = useState<HelmEngineClient>();
  const [status, setStatus] = useState<HelmJudgeStatus>();
  const [rendered, setRendered] = useState<RenderedObjects>();
  const [judge, setJudge] = useState<HelmJudge>();
  const wanted = archive !== null && archive !== undefined && chart !== undefined;

  useEffect(() => {
    if (!wanted || client) return undefined;
    // Started once the page has painted: loading Helm's engine never delays the form.
    return afterNextPaint(() => setClient(startBrowserEngineClient(startEngineWorker)));
  }, [wanted, client]);
  useEffect(() => () => client?.dispose(), [client]);

  useEffect(() => {
    if (archive === null) store.dispatch({ type: 'helmUnavailable' });
    setStatus(undefined);
    setRendered(undefined);
    if (!archive || !chart || !client || !kubernetesVersion) return undefined;
    const started = createHelmJudge({
      store,
      client,
      chartRef,
      archive,
      chart,
      debounceMs: DEBOUNCE_MS,
      onStatus: setStatus,
      onRendered: setRendered,
      kubernetesVersion,
      checkObjects: checkObjectsInSteps(kubernetesVersion),
      onTextTyped,
      typedPauseMs: TYPED_TEXT_PAUSE_MS,
    });
    setJudge(started);
    return () => {
      started.stop();
      setJudge(undefined);
    };
  }, [store, client, chartRef, archive, chart, kubernetesVersion]);

  // The chart's defaults are rendered only once something compares against them (the Manifests view).
  useEffect(() => {
    if (compareWithDefaults) judge?.renderDefaults();
  }, [compareWithDefaults, judge]);

  return { status: wanted ? (status ?? { state: 'rendering' }) : undefined, rendered: wanted ? rendered : undefined };
}
