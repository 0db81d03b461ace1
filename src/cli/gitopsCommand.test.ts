import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { cliFixture } from './cliFixture';

const base = `# every environment
global:
  charts:
    registry: oci://charts.corp.example.com/diagrid
    password: S3cr3t-pa55
`;

describe('catalyst-values gitops', () => {
  const cli = cliFixture();
  const files = () => ({
    base: cli.file('base.yaml', base),
    prod: cli.file('prod.yaml', 'join_token: eyJ.prod-token\ngateway:\n  replicaCount: 3\n'),
    dev: cli.file('dev.yaml', 'gateway:\n  replicaCount: 1\n'),
  });

  test('prints an ApplicationSet with one element per --env, and no secret', async () => {
    const { base, prod, dev } = files();
    const result = await cli.run('gitops', '--target', 'argocd-appset', '--chart', '1.90', '-f', base, '--env', `prod=${prod}`, '--env', `dev=${dev}`);
    expect(result.code).toBe(0);
    const [set] = parseAllDocuments(result.stdout).map((document) => document.toJS());
    expect(set.kind).toBe('ApplicationSet');
    expect(set.spec.generators[0].list.elements.map((element: { environment: string }) => element.environment)).toEqual(['prod', 'dev']);
    expect(set.spec.template.spec.source).toMatchObject({ repoURL: '{{ .chartRepository }}', chart: 'catalyst', targetRevision: '1.90.0' });
    expect(set.spec.generators[0].list.elements[0].chartRepository).toBe('charts.corp.example.com/diagrid');
    expect(result.stdout).not.toContain('S3cr3t-pa55');
    expect(result.stdout).not.toContain('eyJ.prod-token');
    expect(result.stdout).toContain('#   Secret cra-agent/catalyst-join-token (prod)');
  });

  test('prints a HelmRelease per environment, each file named, reading the secrets from a Secret', async () => {
    const { base, prod, dev } = files();
    const result = await cli.run('gitops', '--target', 'flux', '-f', base, '--env', `prod=${prod}`, '--env', `dev=${dev}`);
    expect(result.code).toBe(0);
    expect(result.lines.filter((line) => line.startsWith('# File: '))).toEqual(['# File: prod/catalyst-helmrelease.yaml', '# File: dev/catalyst-helmrelease.yaml']);
    const releases = parseAllDocuments(result.stdout).map((document) => document.toJS()).filter((object) => object.kind === 'HelmRelease');
    expect(releases).toHaveLength(2);
    expect(releases[0].spec.valuesFrom.map((from: { targetPath: string }) => from.targetPath).sort()).toEqual(['global.charts.password', 'join_token']);
    expect(result.stdout).not.toContain('S3cr3t-pa55');
  });

  test('-o writes the helmfile, the values files without their secrets and a secrets file to fill in', async () => {
    const { base, prod } = files();
    const out = cli.pathOf('helmfile-out');
    const result = await cli.run('gitops', '--target', 'helmfile', '--path', 'values', '-f', base, '--env', `prod=${prod}`, '-o', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    const helmfile = readFileSync(join(out, 'helmfile.yaml.gotmpl'), 'utf8');
    expect(parse(helmfile.split('\n---\n')[0]!).environments.prod.values[0].valueFiles).toEqual(['values/base.yaml', 'values/prod.yaml']);
    expect(readFileSync(join(out, 'values/base.yaml'), 'utf8')).toBe('# every environment\nglobal:\n  charts:\n    registry: oci://charts.corp.example.com/diagrid\n');
    expect(parse(readFileSync(join(out, 'secrets/prod.yaml'), 'utf8'))).toEqual({ join_token: '<join_token>', global: { charts: { password: '<global.charts.password>' } } });
  });

  test('Argo CD Applications read the values files from the repository named', async () => {
    const { base, prod } = files();
    const result = await cli.run('gitops', '--target', 'argocd', '--repo-url', 'https://git.example.com/fleet.git', '--path', 'envs', '-f', base, '--env', `prod=${prod}`);
    expect(result.code).toBe(0);
    const [application] = parseAllDocuments(result.stdout).map((document) => document.toJS());
    expect(application.spec.sources[0].helm.valueFiles).toEqual(['$values/envs/base.yaml', '$values/envs/prod.yaml']);
    expect(result.stderr).toContain('write them all with -o DIR');
  });

  test('--chart PATH installs the version of the chart at that path', async () => {
    const result = await cli.run('gitops', '--target', 'argocd', '--chart', '../shared/chart/1.28.0/catalyst-1.28.0.tgz', '-f', cli.file('small.yaml', 'gateway:\n  replicaCount: 2\n'));
    expect(result.code).toBe(0);
    const [application] = parseAllDocuments(result.stdout).map((document) => document.toJS());
    expect(application.spec.source.targetRevision).toBe('1.28.0');
    expect(application.metadata.name).toBe('catalyst-default');
  });

  test('an environment Helm would refuse exports nothing, and says which environment and value', async () => {
    const { base } = files();
    const broken = cli.file('broken.yaml', 'agent:\n  config:\n    host: agent.example.com\n');
    const result = await cli.run('gitops', '--target', 'flux', '-f', base, '--env', `staging=${broken}`);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('staging: /agent/config/host: ');
    expect(result.stderr).toContain('nothing exported');
  });

  test('usage errors exit 2 and say what is wrong', async () => {
    const { base } = files();
    const cases: Array<[string[], string]> = [
      [['-f', base], '--target is required'],
      [['--target', 'kustomize', '-f', base], '--target must be one of argocd, argocd-appset, flux, helmfile'],
      [['--target', 'argocd', '--repo-url', 'https://git.example.com/x.git', '-f', base], '--repo-url and --path go together'],
      [['--target', 'flux', '--path', 'x', '-f', base], 'not to Flux'],
      [['--target', 'argocd'], 'no values file given'],
      [['--target', 'argocd', '-f', cli.pathOf('missing.yaml')], 'no such file'],
    ];
    for (const [args, message] of cases) {
      const result = await cli.run('gitops', ...args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
    }
  });
});
