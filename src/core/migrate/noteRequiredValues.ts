import { compareChartVersions } from '../chart/chartVersion';
import type { MigrationDraft } from './createMigrationDraft';
import { joinTokenSecretSince } from './curatedChanges';

const isFilled = (value: unknown) => typeof value === 'string' && value !== '';

/**
 * Every chart requires the join token; the newer ones also take it from an existing Secret. Values often leave it out because it is passed with --set at install, so the message says both.
 */
export function noteMissingJoinToken(draft: MigrationDraft, targetVersion: string): void {
  if (isFilled(draft.get('/join_token'))) return;
  if (compareChartVersions(targetVersion, joinTokenSecretSince) >= 0) {
    if (isFilled(draft.get('/agent/existingJoinTokenSecret/name'))) return;
    draft.note({
      kind: 'new-required',
      to: '/join_token',
      message: `Chart ${targetVersion} needs a join token: set join_token (or pass --set join_token=... at install), or name a Secret holding it in agent.existingJoinTokenSecret.name.`,
    });
    return;
  }
  const fromSecret = isFilled(draft.get('/agent/existingJoinTokenSecret/name'));
  draft.note({
    kind: 'new-required',
    to: '/join_token',
    message: fromSecret
      ? `Chart ${targetVersion} cannot read the join token from a Secret (agent.existingJoinTokenSecret): set join_token, or pass --set join_token=... at install.`
      : `Chart ${targetVersion} needs join_token: set it, or pass --set join_token=... at install.`,
  });
}

/** The AWS and Redis secrets providers need their connection settings in every chart. */
export function noteMissingProviderSettings(draft: MigrationDraft, targetVersion: string): void {
  const provider = draft.get('/global/secrets/provider');
  if ((provider === 'aws' || provider === 'aws.secretmanager') && !isFilled(draft.get('/global/secrets/aws/region'))) {
    draft.note({ kind: 'new-required', to: '/global/secrets/aws/region', message: `Chart ${targetVersion} needs global.secrets.aws.region with the AWS Secrets Manager provider (for example us-east-1).` });
  }
  if (provider === 'redis' && !isFilled(draft.get('/global/secrets/redis/host'))) {
    draft.note({ kind: 'new-required', to: '/global/secrets/redis/host', message: `Chart ${targetVersion} needs global.secrets.redis.host (host:port of your Redis) with the redis provider.` });
  }
}
