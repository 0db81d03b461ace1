import type { Preset } from './Preset';
import { JOIN_TOKEN_NOTE } from './joinTokenNote';

export const quickStartPreset: Preset = {
  id: 'quick-start-kind',
  title: 'Quick start on a local kind cluster',
  description: 'A laptop-sized installation: images pulled once, one management replica, no external database.',
  writtenFor: '1.90.0',
  text: `# Quick start: Catalyst on a local kind cluster.
${JOIN_TOKEN_NOTE}
# Reach the gateway with: kubectl port-forward -n cra-agent svc/gateway-envoy 8080:8080

global:
  image:
    # kind nodes keep pulled images: fetch each one once.
    pullPolicy: IfNotPresent

management:
  # One replica is enough on a laptop (the chart default is 2).
  replicaCount: 1

agent:
  config:
    project:
      # No PostgreSQL on a local cluster: workflow state has no external store.
      default_managed_state_store_type: postgresql-shared-disabled

cleanup:
  # Keep the region reusable after "helm uninstall", for the next experiment.
  enabled: false
`,
};
