import type { Values } from '../diagnostics/Diagnostic';
import { OTEL_ADDON_DEFAULT_TAG } from './imageList';
import { isTruthyAt, stringAt } from './readValue';
import { shellQuote } from './shellQuote';

export interface MirrorVersions {
  /** The OSS Dapr version the agent deploys; the values do not say it. */
  daprVersion?: string;
  /** The Catalyst build of Dapr (e.g. 1.16.2-catalyst.1); the values do not say it. */
  internalDaprVersion?: string;
}

interface MirrorImagesCommand {
  text: string;
  notes: string[];
}

/** The README's mirror script, with every version the values know filled in from them. */
export function mirrorImagesCommand(values: Values, targetRegistry: string, versions: MirrorVersions = {}): MirrorImagesCommand {
  const notes: string[] = [];
  const flag = (name: string, value: string) => `--${name} ${shellQuote(value)}`;

  const fromOption = (name: string, given: string | undefined, placeholder: string) => {
    if (given) {
      notes.push(`--${name} ${given} comes from your input: the values do not name it (the agent chooses it at runtime).`);
      return flag(name, given);
    }
    notes.push(`--${name} is not in the values (the agent chooses it at runtime): replace ${placeholder} with the version for this Catalyst release.`);
    return flag(name, placeholder);
  };

  const lines = [
    `./scripts/catalyst/mirror-images.sh ${shellQuote(targetRegistry || '<registry>')}`,
    flag('catalyst-version', stringAt(values, '/agent/image/tag')),
    fromOption('dapr-version', versions.daprVersion, '<dapr-version>'),
    fromOption('internal-dapr-version', versions.internalDaprVersion, '<internal-dapr-version>'),
    flag('envoy-version', stringAt(values, '/gateway/envoy/image/tag')),
    flag('piko-version', stringAt(values, '/piko/image/tag')),
  ];

  const addonTag = stringAt(values, '/opentelemetry-deployment/image/tag') || stringAt(values, '/opentelemetry-daemonset/image/tag');
  const addonsOn = isTruthyAt(values, '/opentelemetry-deployment/enabled') || isTruthyAt(values, '/opentelemetry-daemonset/enabled');
  if (addonTag) {
    lines.push(flag('otel-version', addonTag));
  } else if (addonsOn) {
    lines.push(flag('otel-version', OTEL_ADDON_DEFAULT_TAG));
    notes.push(`--otel-version ${OTEL_ADDON_DEFAULT_TAG} is the OpenTelemetry subchart's default; pin image.tag on the add-ons to choose another.`);
  }
  return { text: lines.join(' \\\n  '), notes };
}
