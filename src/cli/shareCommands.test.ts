import { describe, expect, test } from 'vitest';
import { cliFixture } from './cliFixture';

const { file, run, pathOf } = cliFixture();

/** What a platform engineer writes for production: the token comes from --set, a password is inline. */
const production = `# Production values for the eu-west-1 region
gateway:
  tls:
    enabled: true
    existingSecret: catalyst-gateway-tls
  ha:
    enabled: true
    minReplicas: 3
global:
  image:
    registry: registry.corp.example.com/catalyst
    imagePullSecrets:
      - name: corp-registry
  charts:
    registry: oci://charts.corp.example.com/diagrid/catalyst
    username: catalyst-bot
    password: "S3cr3t!pa$$"
  secrets:
    provider: aws
    aws:
      region: eu-west-1
cleanup:
  enabled: false
`;

describe('catalyst-values commands', () => {
  test('prints the install command for the file, with the token from the shell and the chosen release and namespace', async () => {
    const result = await run('commands', '--chart', '1.28.0', '--release', 'catalyst-eu', '--namespace', 'catalyst system', file('prod.yaml', production));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('helm install catalyst-eu');
    expect(result.stdout).toContain("-n 'catalyst system'");
    expect(result.stdout).toContain('--set join_token="${JOIN_TOKEN}"');
    expect(result.stdout).toContain('--version 1.28.0');
    expect(result.stdout).toContain('kubectl create secret tls catalyst-gateway-tls');
    expect(result.stdout).toContain('./scripts/catalyst/mirror-images.sh registry.corp.example.com/catalyst');
    expect(result.stdout).not.toContain('S3cr3t!pa$$');
  });

  test('lists the outbound connections as comments, so the output stays a runnable script', async () => {
    const result = await run('commands', file('egress.yaml', 'cleanup:\n  enabled: false\n'));
    const egress = result.stdout.slice(result.stdout.indexOf('Outbound connections'));
    expect(egress).toMatch(/^#\s+api\.r1\.diagrid\.io:443\s+Region join/m);
    expect(egress).not.toMatch(/^api\.r1\.diagrid\.io/m);
  });

  test('with --tracing jaeger, adds the Dapr tracing configuration', async () => {
    const result = await run('commands', '--tracing', 'jaeger', file('t.yaml', 'cleanup:\n  enabled: false\n'));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('endpointAddress: "jaeger.jaeger.svc.cluster.local:4317"');
    expect(result.stdout).toContain('diagrid apply -f tracing-config.yaml');
  });

  test('a file Helm would reject prints its errors and no commands, exit 1', async () => {
    const result = await run('commands', file('bad.yaml', 'global:\n  secrets:\n    provider: aws_secretmanager\n'));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/bad\.yaml:3:\d+ error \/global\/secrets\/provider/);
  });

  test('usage errors exit 2', async () => {
    expect((await run('commands')).code).toBe(2);
    expect((await run('commands', '--chart', '9.9.9', file('a.yaml', '{}'))).code).toBe(2);
    expect((await run('commands', '--tracing', 'zipkin', file('b.yaml', '{}'))).code).toBe(2);
    expect((await run('commands', pathOf('missing.yaml'))).code).toBe(2);
  });
});

describe('catalyst-values share and open', () => {
  test('share prints a link on the default studio address, lists the secrets it left out, and open gives the values back', async () => {
    const shared = await run('share', '--chart', '1.28.0', file('share.yaml', production));
    expect(shared.code).toBe(0);
    const url = shared.stdout.trim();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:5173\/#share=v2\.[A-Za-z0-9_-]+$/);
    expect(shared.stderr).toContain('global.charts.password');

    const opened = await run('open', url);
    expect(opened.code).toBe(0);
    expect(opened.stdout.split('\n')[0]).toBe('# Catalyst chart 1.28.0');
    // The file as written: its comments and values equal to the chart default (cleanup.enabled) travel too.
    expect(opened.stdout).toContain('# Production values for the eu-west-1 region\n');
    expect(opened.stdout).toContain('cleanup:\n  enabled: false\n');
    expect(opened.stdout).toContain('existingSecret: catalyst-gateway-tls');
    expect(opened.stdout).toContain('username: catalyst-bot');
    expect(opened.stdout).toContain('minReplicas: 3');
    expect(opened.stdout).not.toContain('S3cr3t');
    expect(opened.stdout).not.toContain('password');
  });

  test('--include-secrets keeps them, with a warning, and --base-url sets the studio address', async () => {
    const shared = await run('share', '--include-secrets', '--base-url', 'https://studio.corp.example.com/catalyst/', file('share2.yaml', production));
    expect(shared.code).toBe(0);
    expect(shared.stdout).toMatch(/^https:\/\/studio\.corp\.example\.com\/catalyst\/#share=v2\./);
    expect(shared.stderr).toContain('anyone who sees the link can read them');
    const opened = await run('open', shared.stdout.trim());
    expect(opened.stdout).toContain('password: "S3cr3t!pa$$"');
  });

  test('a value pinned at the chart default travels, so a recipient on another chart version installs the same', async () => {
    const pinned = 'agent:\n  config:\n    sidecar:\n      resources:\n        limits:\n          memory: 256Mi # pinned: the default may change\n';
    const opened = await run('open', (await run('share', '--chart', '1.28.0', file('pinned.yaml', pinned))).stdout.trim());
    expect(opened.stdout).toBe('# Catalyst chart 1.28.0\n' + pinned);
  });

  test('share refuses a file that is not YAML (exit 1) and a bad base URL (exit 2)', async () => {
    expect((await run('share', file('broken.yaml', 'agent:\n  config: [a\n'))).code).toBe(1);
    expect((await run('share', '--base-url', 'ftp://x/', file('ok.yaml', '{}'))).code).toBe(2);
  });

  test('open explains a cut-off, edited, future or foreign link and exits 1', async () => {
    const url = (await run('share', file('share3.yaml', production))).stdout.trim();
    const cut = await run('open', url.slice(0, url.length - 12));
    expect(cut.code).toBe(1);
    expect(cut.stderr).toMatch(/incomplete|damaged/);
    expect(cut.stdout).toBe('');

    const payload = url.slice(url.indexOf('v2.') + 3);
    const flipped = payload.slice(0, 20) + (payload[20] === 'A' ? 'B' : 'A') + payload.slice(21);
    const edited = await run('open', url.replace(payload, flipped));
    expect(edited.code).toBe(1);
    expect(edited.stderr).toContain('damaged');

    const future = await run('open', 'http://127.0.0.1:5173/#share=v7.AAAA');
    expect(future.code).toBe(1);
    expect(future.stderr).toContain('newer Catalyst Values Studio');

    const foreign = await run('open', 'https://example.com/page');
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toContain('not a studio share link');

    expect((await run('open')).code).toBe(2);
  });
});
