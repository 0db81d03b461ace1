import { beforeAll, describe, expect, test } from 'vitest';
import { parseAllDocuments, parse } from 'yaml';
import { compileShippedChart } from '../chart/compileShippedChart';
import type { Chart } from '../chart/createChart';
import { mergeValueFiles } from '../values/mergeValueFiles';
import { parseValues } from '../yaml/parseValues';
import { exportGitOps } from './exportGitOps';
import type { GitOpsEnvironment, ValuesFile } from './GitOpsEnvironment';
import { gitOpsTargets, type GitOpsExport, type GitOpsExportInput } from './GitOpsExport';
import { validateGitOpsObject } from './validateGitOpsObject';

const charts = new Map<string, Chart>();
beforeAll(async () => {
  for (const version of ['1.28.0', '1.90.0']) charts.set(version, await compileShippedChart(version));
});
const chart = (version = '1.90.0') => charts.get(version)!;

/** Every secret the fixtures hold: none may appear in any file of any export. */
const secretValues = ['S3cr3t-pa55', 'eyJhbGciOi.prod-join-token', 'redis-Pa55-word'];

const base: ValuesFile = {
  path: 'base.yaml',
  text: `# shared by every environment
global:
  charts:
    registry: oci://charts.corp.example.com/diagrid
    username: catalyst-bot
    password: S3cr3t-pa55
cleanup:
  enabled: false
`,
};
const prod: ValuesFile = {
  path: 'overlays/prod.yaml',
  text: `join_token: eyJhbGciOi.prod-join-token
gateway:
  replicaCount: 3
global:
  secrets:
    redis:
      password: redis-Pa55-word
`,
};
const dev: ValuesFile = { path: 'overlays/dev.yaml', text: 'gateway:\n  replicaCount: 1\n' };

function environment(name: string, files: ValuesFile[]): GitOpsEnvironment {
  const values = files.map((file) => {
    const parsed = parseValues(file.text);
    if (!parsed.ok) throw new Error(`${file.path} does not parse`);
    return parsed.values;
  });
  return { name, files, values: mergeValueFiles(values) };
}

const fleet = () => [environment('prod', [base, prod]), environment('dev', [base, dev])];

function exported(input: Partial<GitOpsExportInput> & Pick<GitOpsExportInput, 'target'>): Extract<GitOpsExport, { ok: true }> {
  const result = exportGitOps({ environments: fleet(), chartVersion: '1.90.0', chart: chart(), joinToken: 'install', ...input });
  if (!result.ok) throw new Error(`not exported: ${JSON.stringify(result.problems)}`);
  return result;
}

/** The objects of a manifests file, read back from the text the user gets. */
function objectsIn(text: string): Array<Record<string, any>> {
  return parseAllDocuments(text).map((document) => document.toJS() as Record<string, any>);
}

const repository = { url: 'https://git.example.com/fleet.git', path: 'catalyst' };
const variants: Array<Partial<GitOpsExportInput>> = [{}, { repository }, { fluxValues: 'configmap' }];

describe('each export passes the schemas of the CRDs it writes', () => {
  test.each(['argocd', 'argocd-appset', 'flux'] as const)('%s, with values inline, from Git, or from a ConfigMap', (target) => {
    for (const variant of variants) {
      const manifests = exported({ target, ...variant }).files.filter((file) => file.role === 'manifests');
      const objects = manifests.flatMap((file) => objectsIn(file.text));
      expect(objects.length).toBeGreaterThan(0);
      for (const object of objects) expect(validateGitOpsObject(object as never), `${object['kind']} in ${target}`).toBeUndefined();
    }
  });

  test('an object its CRD would refuse is reported with the schema\'s complaint', () => {
    const complaint = validateGitOpsObject({ apiVersion: 'helm.toolkit.fluxcd.io/v2', kind: 'HelmRelease', metadata: { name: 'catalyst' }, spec: { interval: 10, chartRef: { kind: 'GitRepository', name: 'x' } } } as never);
    expect(complaint).toContain('interval must be string');
    expect(complaint).toContain('chartRef/kind must be equal to one of the allowed values');
  });
});

describe('no secret is ever written', () => {
  test.each(gitOpsTargets)('%s: no file holds a secret value, whatever the options', (target) => {
    for (const variant of variants) {
      const { files } = exported({ target, ...variant });
      for (const file of files) for (const secret of secretValues) expect(file.text, `${file.path} (${target})`).not.toContain(secret);
    }
  });

  test('Flux reads each secret, the join token among them, from a Secret at its Helm path', () => {
    const { files, toCreate } = exported({ target: 'flux' });
    const release = objectsIn(files.find((file) => file.path === 'prod/catalyst-helmrelease.yaml')!.text).find((object) => object['kind'] === 'HelmRelease')!;
    const fromSecret = (path: string) => ({ kind: 'Secret', name: 'catalyst-secret-values', valuesKey: path, targetPath: path });
    expect(release['spec']['valuesFrom']).toHaveLength(3);
    expect(release['spec']['valuesFrom']).toEqual(expect.arrayContaining([fromSecret('join_token'), fromSecret('global.charts.password'), fromSecret('global.secrets.redis.password')]));
    expect(release['spec']['values']['global']['charts']).toEqual({ registry: 'oci://charts.corp.example.com/diagrid', username: 'catalyst-bot' });
    expect(toCreate.filter((object) => object.environment === 'prod')).toEqual([
      expect.objectContaining({ kind: 'Secret', namespace: 'flux-system', name: 'catalyst-secret-values', keys: expect.arrayContaining(['join_token', 'global.charts.password', 'global.secrets.redis.password']) }),
    ]);
  });

  test('Argo CD names the existing Secrets the chart reads instead, and the file says to create them', () => {
    const { files, toCreate, notes } = exported({ target: 'argocd' });
    const [application] = objectsIn(files[0]!.text);
    const values = application!['spec']['source']['helm']['valuesObject'];
    expect(values['agent']['existingJoinTokenSecret']).toEqual({ name: 'catalyst-join-token' });
    expect(values['global']['charts']['existingSecret']).toBe('catalyst-global-charts');
    expect(toCreate.filter((object) => object.environment === 'prod').map((object) => `${object.kind} ${object.namespace}/${object.name}`)).toEqual([
      'Secret cra-agent/catalyst-join-token',
      'Secret cra-agent/catalyst-global-charts',
    ]);
    expect(files[0]!.text).toContain('#   Secret cra-agent/catalyst-join-token (prod)');
    // The chart reads the Redis password from no Secret: left out, and the export says how to supply it.
    expect(values['global']['secrets']?.['redis']?.['password']).toBeUndefined();
    expect(notes.join('\n')).toContain('global.secrets.redis.password (prod)');
  });

  test('on a chart that reads the join token from the values only, Argo CD leaves it out and says so', () => {
    const result = exportGitOps({ target: 'argocd', environments: [environment('dev', [dev])], chartVersion: '1.28.0', chart: chart('1.28.0'), joinToken: 'install' });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.files[0]!.text).not.toContain('join_token:');
    expect(result.notes.join('\n')).toContain('join_token (dev)');
  });

  test('helmfile takes the secrets from an encrypted file per environment, and offers that file to fill in', () => {
    const { files } = exported({ target: 'helmfile' });
    const template = files.find((file) => file.path === 'secrets/prod.yaml')!;
    expect(template.role).toBe('secrets-template');
    expect(parse(template.text)).toEqual({ join_token: '<join_token>', global: { charts: { password: '<global.charts.password>' }, secrets: { redis: { password: '<global.secrets.redis.password>' } } } });
    const environments = parse(files[0]!.text.split('\n---\n')[0]!)['environments'];
    expect(environments['prod']['values'][0]['secretFiles']).toEqual(['secrets/prod.yaml']);
  });

  test('values files read from Git are offered without their secrets, comments kept', () => {
    const { files } = exported({ target: 'argocd', repository });
    expect(files.filter((file) => file.role === 'values').map((file) => file.path)).toEqual(['catalyst/base.yaml', 'catalyst/overlays/prod.yaml', 'catalyst/overlays/dev.yaml']);
    expect(files.find((file) => file.path === 'catalyst/base.yaml')!.text).toBe(
      '# shared by every environment\nglobal:\n  charts:\n    registry: oci://charts.corp.example.com/diagrid\n    username: catalyst-bot\ncleanup:\n  enabled: false\n',
    );
    const [application] = objectsIn(files[0]!.text);
    expect(application!['spec']['sources'][0]['helm']['valueFiles']).toEqual(['$values/catalyst/base.yaml', '$values/catalyst/overlays/prod.yaml']);
    expect(application!['spec']['sources'][1]).toEqual({ repoURL: repository.url, targetRevision: 'HEAD', ref: 'values' });
  });
});

describe('one object or entry per environment', () => {
  test('an ApplicationSet lists every environment, each with its own values', () => {
    const [set] = objectsIn(exported({ target: 'argocd-appset' }).files[0]!.text);
    const elements = set!['spec']['generators'][0]['list']['elements'] as Array<Record<string, string>>;
    expect(elements.map((element) => element['environment'])).toEqual(['prod', 'dev']);
    expect(parse(elements[0]!['values']!)['gateway']).toEqual({ replicaCount: 3 });
    expect(parse(elements[1]!['values']!)['gateway']).toEqual({ replicaCount: 1 });
  });

  test('helmfile has an environments entry per environment, each layering its files base first', () => {
    const { files } = exported({ target: 'helmfile' });
    const environments = parse(files[0]!.text.split('\n---\n')[0]!)['environments'];
    expect(Object.keys(environments)).toEqual(['prod', 'dev']);
    expect(environments['dev']['values'][0]['valueFiles']).toEqual(['base.yaml', 'overlays/dev.yaml']);
  });

  test('Flux gets a file per environment, with the values written in a ConfigMap when asked, and no values files', () => {
    const { files } = exported({ target: 'flux', fluxValues: 'configmap', repository });
    expect(files.map((file) => file.path)).toEqual(['prod/catalyst-helmrelease.yaml', 'dev/catalyst-helmrelease.yaml']);
    const objects = objectsIn(files[1]!.text);
    expect(objects.map((object) => object['kind'])).toEqual(['OCIRepository', 'ConfigMap', 'HelmRelease']);
    expect(parse(objects[1]!['data']['values.yaml'])['gateway']).toEqual({ replicaCount: 1 });
    expect(objects[2]!['spec']['valuesFrom'][0]).toEqual({ kind: 'ConfigMap', name: 'catalyst-values', valuesKey: 'values.yaml' });
  });
});

describe('the chart comes from the registry the values name', () => {
  test('a private registry in the base, switched off in one overlay', () => {
    const environments = [environment('prod', [base, prod]), environment('dev', [base, { path: 'dev.yaml', text: 'global:\n  charts:\n    registry: null\n' }])];
    const flux = exportGitOps({ target: 'flux', environments, chartVersion: '1.90.0', chart: chart(), joinToken: 'install' });
    const argo = exportGitOps({ target: 'argocd', environments, chartVersion: '1.90.0', chart: chart(), joinToken: 'install' });
    if (!flux.ok || !argo.ok) throw new Error('not exported');
    const sources = flux.files.map((file) => objectsIn(file.text)[0]!['spec']['url']);
    expect(sources).toEqual(['oci://charts.corp.example.com/diagrid/catalyst', 'oci://public.ecr.aws/diagrid/catalyst']);
    expect(objectsIn(argo.files[0]!.text).map((application) => application['spec']['source']['repoURL'])).toEqual(['charts.corp.example.com/diagrid', 'public.ecr.aws/diagrid']);
  });
});

describe('an export is not offered when', () => {
  test('Helm would refuse an environment\'s values: the problem is named with its environment and value', () => {
    const broken = environment('staging', [base, { path: 'staging.yaml', text: 'agent:\n  config:\n    host: agent.example.com\n' }]);
    const result = exportGitOps({ target: 'flux', environments: [fleet()[0]!, broken], chartVersion: '1.90.0', chart: chart(), joinToken: 'install' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.problems.every((problem) => problem.environment === 'staging' && problem.pointer === '/agent/config/host')).toBe(true);
  });

  test('an environment\'s name cannot name Kubernetes objects, or two share one', () => {
    const result = exportGitOps({ target: 'argocd', environments: [environment('Prod EU', [dev]), environment('dev', [dev]), environment('dev', [dev])], chartVersion: '1.90.0', chart: chart(), joinToken: 'install' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.environment)).toEqual(['Prod EU', 'dev']);
    expect(result.problems[0]!.message).toContain('Use lowercase letters');
    expect(result.problems[1]!.message).toBe('There is already an environment named dev.');
  });
});
