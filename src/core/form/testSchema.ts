import type { JsonSchema } from '@/core/schema/JsonSchema';

/** A small chart schema in the studio's dialect, for the form's unit tests. */
export const testSchema: JsonSchema = {
  type: 'object',
  'x-sections': [
    { id: 'install', title: 'Install', description: 'Join the region' },
    { id: 'gateway', title: 'Gateway' },
    { id: 'secrets', title: 'Secrets' },
  ],
  required: ['join_token'],
  definitions: {
    imageSpec: {
      type: 'object',
      properties: {
        repository: { type: 'string', title: 'Repository', default: 'catalyst' },
        pullPolicy: { type: 'string', enum: ['Always', 'IfNotPresent', 'Never', ''], default: '' },
      },
    },
  },
  properties: {
    join_token: { type: 'string', title: 'Join token', 'x-section': 'install', 'x-order': 1, 'x-secret': true, minLength: 1, default: '' },
    global: {
      type: 'object',
      'x-section': 'install',
      'x-order': 2,
      properties: {
        labels: { type: 'object', title: 'Labels', additionalProperties: { type: 'string' }, default: {} },
        secrets: {
          type: 'object',
          'x-section': 'secrets',
          properties: {
            provider: { type: 'string', title: 'Provider', enum: ['kubernetes', 'aws', 'redis'], default: 'kubernetes', 'x-order': 1 },
            aws: {
              type: 'object',
              'x-show-if': { '/global/secrets/provider': { const: 'aws' } },
              properties: {
                region: { type: 'string', title: 'AWS region', default: '' },
                secret_access_key: { type: 'string', 'x-secret': true, 'x-existing-secret': '/global/secrets/aws/existingSecret' },
              },
            },
          },
        },
        imagePullSecrets: {
          type: 'array',
          title: 'Image pull secrets',
          items: { type: 'object', required: ['name'], properties: { name: { type: 'string', title: 'Secret name', format: 'k8s-name' } } },
          default: [],
        },
      },
    },
    gateway: {
      type: 'object',
      'x-section': 'gateway',
      properties: {
        replicas: { type: 'integer', minimum: 1, maximum: 10, default: 1, 'x-order': 1 },
        image: { $ref: '#/definitions/imageSpec' },
        tls: {
          type: 'object',
          title: 'TLS',
          properties: {
            enabled: { type: 'boolean', title: 'Enable TLS', default: false, 'x-order': 1 },
            cert: { type: 'string', 'x-widget': 'pem', 'x-show-if': { '/gateway/tls/existingSecret': { const: '' } }, default: '' },
            existingSecret: { type: 'string', format: 'k8s-name', title: 'Existing TLS secret', default: '' },
          },
        },
        blockedCidrs: { type: 'array', items: { type: 'string', format: 'cidr' }, default: ['10.0.0.0/8'] },
        affinity: { type: 'object', title: 'Affinity', default: {} },
        mode: { anyOf: [{ type: 'string' }, { type: 'object' }] },
        cpu: { type: ['string', 'number'], title: 'CPU' },
      },
    },
    cleanup: { type: 'object', properties: { enabled: { type: 'boolean', default: true } } },
  },
};
