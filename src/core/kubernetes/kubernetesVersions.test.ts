import { describe, expect, test } from 'vitest';
import { defaultKubernetesVersion, KUBERNETES_VERSIONS, satisfiesKubeVersion, versionsForChart } from './kubernetesVersions';

describe("the Kubernetes versions offered for a chart", () => {
  test('a chart that states no kubeVersion is offered every version, the newest first by default', () => {
    expect(versionsForChart(undefined)).toEqual([...KUBERNETES_VERSIONS]);
    expect(defaultKubernetesVersion(undefined)).toBe(KUBERNETES_VERSIONS[0]);
  });

  test("the chart's constraint narrows them, and the default is the newest it supports", () => {
    expect(versionsForChart('>=1.30.0-0 <1.33.0')).toEqual(['1.32', '1.31', '1.30']);
    expect(defaultKubernetesVersion('>= 1.29.0-0, < 1.34')).toBe('1.33');
    expect(versionsForChart('~1.31')).toEqual(['1.31']);
    expect(versionsForChart('1.30.x || 1.32.x')).toEqual(['1.32', '1.30']);
    expect(versionsForChart('1.29 - 1.30')).toEqual(['1.30', '1.29']);
  });

  test('a constraint that admits none of them, or cannot be read, hides none', () => {
    expect(versionsForChart('<1.20')).toEqual([...KUBERNETES_VERSIONS]);
    expect(versionsForChart('newest please')).toEqual([...KUBERNETES_VERSIONS]);
  });

  test('reads constraints as Helm does', () => {
    expect(satisfiesKubeVersion('1.31.0', '^1.25.0')).toBe(true);
    expect(satisfiesKubeVersion('1.31.0', '>1.31')).toBe(false);
    expect(satisfiesKubeVersion('1.31.0', '!=1.31.0')).toBe(false);
  });
});
