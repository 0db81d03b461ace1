import { useEffect, useMemo, useState } from 'react';
import { versionsForChart, type KubernetesVersion } from '@/core/kubernetes/kubernetesVersions';

interface KubernetesVersionChoice {
  /**
   * The version the objects are checked against: the user's pick, else the newest the chart supports;
   * undefined while the archive's Chart.yaml is being read.
   */
  version: KubernetesVersion | undefined;
  /** The versions offered: those the chart's Chart.yaml `kubeVersion` admits, newest first. */
  offered: readonly KubernetesVersion[];
  pick(version: string): void;
}

/**
 * The cluster's Kubernetes version for a chart archive: offered as its Chart.yaml allows, picked by the user.
 * The archive is unpacked for its Chart.yaml by code loaded on demand, so the page's first load carries none of it.
 */
export function useKubernetesVersion(archive: Uint8Array | null | undefined): KubernetesVersionChoice {
  const [read, setRead] = useState<{ archive: Uint8Array; constraint: string | undefined }>();
  useEffect(() => {
    if (!archive) return undefined;
    let current = true;
    void import('@/core/chart-archive/readChartKubeVersion').then(({ readChartKubeVersion }) => {
      if (current) setRead({ archive, constraint: readChartKubeVersion(archive) });
    });
    return () => {
      current = false;
    };
  }, [archive]);
  const known = read !== undefined && read.archive === archive;
  const offered = useMemo(() => versionsForChart(known ? read.constraint : undefined), [known, read]);
  const [picked, setPicked] = useState<string>();
  const version = known ? (offered.find((candidate) => candidate === picked) ?? offered[0]) : undefined;
  return { version, offered, pick: setPicked };
}
