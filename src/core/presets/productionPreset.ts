import type { Preset } from './Preset';
import { JOIN_TOKEN_NOTE } from './joinTokenNote';

export const productionPreset: Preset = {
  id: 'production',
  title: 'Production',
  description: 'TLS at the gateway from an existing secret, a highly available gateway, workflows on external PostgreSQL, secrets in AWS Secrets Manager.',
  writtenFor: '1.90.0',
  text: `# Production: TLS, high availability, workflows on PostgreSQL, AWS Secrets Manager.
${JOIN_TOKEN_NOTE}
# Replace the example names (example.internal, us-east-1, catalyst-gateway-tls) with yours.

gateway:
  tls:
    enabled: true
    # A kubernetes.io/tls Secret you create before installing (the Commands panel has the command).
    existingSecret: catalyst-gateway-tls
  ha:
    # Both gateway deployments run this many replicas, with leader election.
    enabled: true
    minReplicas: 3

global:
  secrets:
    provider: aws.secretmanager
    aws:
      region: us-east-1
      # With IAM roles for service accounts, leave the access keys out.

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
        # The password is a credential: pass it at install with
        #   --set agent.config.project.external_postgresql.connection_string_password="\${PG_PASSWORD}"

cleanup:
  # A region serves one installation; keep it if this release is ever reinstalled.
  enabled: false
`,
};
