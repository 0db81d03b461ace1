import type { Preset } from './Preset';
import { JOIN_TOKEN_NOTE } from './joinTokenNote';

export const airGappedPreset: Preset = {
  id: 'air-gapped',
  title: 'Air-gapped',
  description: 'Images and charts from your own registries, with pull secrets; the Commands panel lists the images to mirror.',
  writtenFor: '1.90.0',
  text: `# Air-gapped: every image and chart comes from registries inside your network.
${JOIN_TOKEN_NOTE}
# Replace registry.example.internal with your registry, then mirror the images
# and the chart with the commands in the Commands panel.

global:
  image:
    # Rewrites the registry of every Catalyst image and of the images the agent deploys.
    registry: registry.example.internal/catalyst
    pullPolicy: IfNotPresent
    imagePullSecrets:
      - name: registry-pull-secret
  charts:
    # Where the agent pulls the charts it installs (mirror them with helm pull / helm push).
    registry: oci://registry.example.internal/diagrid/catalyst
    # username, password and certificates for that registry, in a Secret you create.
    existingSecret: chart-registry-credentials

cleanup:
  image:
    # global.image.registry does not reach the cleanup hook's image: point it at your mirror too.
    registry: registry.example.internal/catalyst
`,
};
