/**
 * The preset dictionary of format v2's DEFLATE stream: text that values files share, so even a short link
 * can point back into it instead of spelling out `enabled: true` or `existingSecret:` again. Deflate reaches
 * back 32 KiB and codes near matches cheapest, so the most common text comes last.
 *
 * Part of format v2 itself: a link is unreadable with any other dictionary. Never edit this text; a better
 * dictionary is a new format version (see the compatibility rules in encodeShare.ts).
 */
export const SHARE_DICTIONARY_V2 = `
    securityContext:
      runAsNonRoot: true
      runAsUser: 65532
      readOnlyRootFilesystem: true
      allowPrivilegeEscalation: false
      capabilities:
        drop:
          - ALL
      seccompProfile:
        type: RuntimeDefault
  podSecurityContext:
    fsGroup:
  podAnnotations:
    prometheus.io/scrape: "true"
  nodeSelector:
    kubernetes.io/os: linux
  tolerations:
    - key:
      operator: Exists
      effect: NoSchedule
  affinity:
  resources:
    requests:
      cpu: 500m
      memory: 512Mi
    limits:
      cpu: 1000m
      memory: 2Gi
      ephemeral-storage:
otel:
opentelemetry-collector:
opentelemetry-daemonset:
sidecar:
piko:
  enabled: false
dapr:
  mtls:
workflows:
network_policies:
  blocked_egress:
    - 169.254.169.254/32
management:
  replicaCount: 1
cleanup:
  enabled: false
agent:
  config:
    project:
      default_managed_state_store_type: postgresql-shared-external
      external_postgresql:
        enabled: true
        auth_type: connectionString
        namespace: postgres
        connection_string_host: postgres.example.internal
        connection_string_port: 5432
        connection_string_username: catalyst
        connection_string_database: catalyst
        connection_string_password:
global:
  image:
    registry: registry.example.internal/catalyst
    pullPolicy: IfNotPresent
    imagePullSecrets:
      - name: registry-credentials
  charts:
    registry: oci://registry.example.internal/catalyst/charts
  secrets:
    provider: aws
    aws:
      region: us-east-1
gateway:
  tls:
    enabled: true
    existingSecret: catalyst-gateway-tls
  ha:
    enabled: true
    minReplicas: 3
# join_token is not in this file on purpose: it is a credential, and the install
# command passes it with --set join_token="\${JOIN_TOKEN}" (see the Commands panel).
`;
