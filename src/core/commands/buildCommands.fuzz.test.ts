import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Values } from '../diagnostics/Diagnostic';
import { setAt } from '../values/setAt';
import { buildCommands } from './buildCommands';
import type { TracingInput } from './tracingConfiguration';
import { chartDefaults, coalesce } from './testValues.fixture';

/** The only expansions the command text itself writes: the join token, captured once and passed back (to Helm, or into its Secret). */
const TEMPLATE_EXPANSIONS = ['export JOIN_TOKEN=$(diagrid region create ', ' | jq -r .joinToken)', '--set join_token="${JOIN_TOKEN}"', '="${JOIN_TOKEN}"', "cat <<'EOF' > "];

interface ShellFinding {
  what: string;
  at: number;
}

/**
 * What a POSIX shell would act on in `text` rather than take as data: command substitution (`$(`,
 * backticks), parameter expansion (`$name`, `${`), operators (`;`, `&`, `|`, `<`, `>`) and line breaks
 * that end a command (a line break after ` \` only continues it). Single quotes make everything literal; double quotes still expand `$`
 * and backticks. A quoted here-document body (`<<'EOF'`) is literal up to its terminator line.
 */
function activeShellText(text: string): ShellFinding[] {
  const findings: ShellFinding[] = [];
  let quote: "'" | '"' | undefined;
  let heredoc: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const next = text[i + 1];
    if (quote === "'") {
      if (ch === "'") quote = undefined;
      continue;
    }
    if (ch === '\\') {
      i++;
      continue;
    }
    if (quote === '"' && ch === '"') {
      quote = undefined;
      continue;
    }
    if (quote === undefined && (ch === "'" || ch === '"')) {
      quote = ch;
      continue;
    }
    if (ch === '`') findings.push({ what: 'backtick', at: i });
    if (ch === '$' && next !== undefined && /[({A-Za-z_0-9@*#?$!-]/.test(next)) findings.push({ what: `$${next}`, at: i });
    if (quote !== undefined) continue;
    const delimiter = /^<<'([A-Za-z_]+)'/.exec(text.slice(i));
    if (delimiter) {
      heredoc = delimiter[1];
      i += delimiter[0].length - 1;
      continue;
    }
    if (ch === '\n' && heredoc !== undefined) {
      // The body starts after the line that holds the command and ends at a line that is only the delimiter.
      const terminator = `\n${heredoc}`;
      const end = text.indexOf(terminator, i);
      if (end === -1 || end + terminator.length !== text.length) findings.push({ what: 'here-document ends early or never', at: i });
      i = end === -1 ? text.length : end + terminator.length;
      heredoc = undefined;
      continue;
    }
    if (ch === '\n') findings.push({ what: 'line break', at: i });
    if (ch === ';' || ch === '&' || ch === '|' || ch === '<' || ch === '>') findings.push({ what: ch, at: i });
  }
  if (quote !== undefined) findings.push({ what: `unclosed ${quote}`, at: text.length });
  return findings.filter((f) => !TEMPLATE_EXPANSIONS.some((t) => {
    const start = text.indexOf(t);
    return start !== -1 && f.at >= start && f.at < start + t.length;
  }));
}

/** Strings an attacker, or a careless paste, puts in a value that ends up in a command. */
const hostile = fc.oneof(
  fc.constantFrom(
    '$(reboot)', '`reboot`', '${HOME}', '$HOME', "'; reboot; '", "it's", '"quoted"', 'a\nreboot', 'a\r\nreboot', 'a \\\nreboot',
    '-rf', '--set=x', '~', '=x', 'a b', '\\', '*', '?', '!', '#', '&', '|', ';', '<', '>', '\t', '', ' ', 'EOF', '\nEOF\n',
    'registry.corp.example.com/catalyst', 'oci://charts.corp.example.com/diagrid/catalyst$(id)', 'oci://$(id)/x',
  ),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ maxLength: 20 }),
);

const STRING_POINTERS = [
  '/global/image/registry',
  '/global/charts/registry',
  '/global/charts/username',
  '/global/charts/existingSecret',
  '/agent/image/tag',
  '/gateway/envoy/image/tag',
  '/piko/image/tag',
  '/opentelemetry-deployment/image/tag',
  '/gateway/tls/existingSecret',
  '/gateway/tls/secretName',
  '/gateway/tls/certificates/certFile',
  '/gateway/tls/certificates/keyFile',
  '/gateway/tls/certificates/caFile',
  '/agent/config/internal_dapr/ca/namespace',
  '/agent/config/internal_dapr/ca/issuer_secret_name',
  '/agent/config/internal_dapr/ca/trust_anchors_config_map_name',
  '/piko/certificates/proxy/secretName',
  '/global/image/imagePullSecrets/0/name',
  '/agent/config/project/external_postgresql/namespace',
  '/agent/config/project/external_postgresql/password_secret_name',
  '/agent/existingJoinTokenSecret/name',
  '/agent/existingJoinTokenSecret/key',
] as const;
const SWITCHES = ['/gateway/tls/enabled', '/piko/enabled', '/piko/certificates/proxy/enabled', '/opentelemetry-deployment/enabled', '/agent/config/project/external_postgresql/enabled'];

const userValues: fc.Arbitrary<Values> = fc
  .tuple(fc.array(fc.tuple(fc.constantFrom(...STRING_POINTERS), hostile), { minLength: 1, maxLength: 12 }), fc.subarray(SWITCHES))
  .map(([strings, on]) => {
    let values: Values = {};
    for (const pointer of on) values = setAt(values, pointer, true);
    for (const [pointer, text] of strings) values = setAt(values, pointer, text);
    return values;
  });

const options = fc.record({ release: hostile, namespace: hostile, valuesFiles: fc.array(hostile, { maxLength: 3 }), regionName: hostile, ingressUrl: hostile }, { requiredKeys: [] });
const tracing: fc.Arbitrary<TracingInput> = fc.record({
  name: fc.oneof(hostile, fc.constant('tracing-config')),
  endpoint: fc.oneof(hostile, fc.constant('jaeger.jaeger.svc.cluster.local:4317')),
  protocol: fc.constantFrom('grpc' as const, 'http' as const),
  isSecure: fc.boolean(),
  samplingRate: fc.double({ min: 0, max: 1, noNaN: true }),
  appId: hostile,
  fileName: hostile,
});

describe('commands made from hostile values', () => {
  test('the check itself sees substitutions, expansions and line breaks', () => {
    expect(activeShellText('helm install x $(reboot)').map((f) => f.what)).toEqual(['$(']);
    expect(activeShellText('helm install x "`reboot`"').map((f) => f.what)).toEqual(['backtick', 'backtick']);
    expect(activeShellText('helm install x; reboot').map((f) => f.what)).toEqual([';']);
    expect(activeShellText("cat <<'EOF' > f\nEOF\nreboot\nEOF").map((f) => f.what)).toContain('here-document ends early or never');
    expect(activeShellText('helm install x\nreboot').map((f) => f.what)).toEqual(['line break']);
    expect(activeShellText("helm install 'x").map((f) => f.what)).toEqual(["unclosed '"]);
    expect(activeShellText("helm install '$(reboot) `x`\n' \\\n  -n ns")).toEqual([]);
    expect(activeShellText("cat <<'EOF' > 'a\nEOF\n'\nkind: x\nEOF")).toEqual([]);
  });

  test('no value, option or tracing field puts an unquoted $(, backtick, $ expansion or line break into a command', () => {
    fc.assert(
      fc.property(userValues, options, fc.option(tracing, { nil: undefined }), hostile, hostile, (user, chosen, trace, dapr, internalDapr) => {
        const groups = buildCommands({
          chartVersion: '1.28.0',
          userValues: user,
          values: coalesce(chartDefaults(), user),
          options: chosen,
          mirror: { daprVersion: dapr, internalDaprVersion: internalDapr },
          ...(trace ? { tracing: trace } : {}),
        });
        for (const group of groups) {
          // The egress group is a table of host and port, copied as tab-separated text, not run by a shell.
          if (group.id === 'egress') continue;
          for (const command of group.commands) {
            expect(activeShellText(command.text), `${group.id}: ${command.text}`).toEqual([]);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
