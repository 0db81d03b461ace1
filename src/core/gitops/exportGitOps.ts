import { requiredObjects } from '../commands/requiredObjects';
import { exportWithoutSecrets } from '../export/secretsLeftOut';
import { dottedPath } from '../pointer/jsonPointer';
import { setAt } from '../values/setAt';
import { printValues } from '../yaml/printValues';
import { argoCdApplication, argoCdNamespace } from './argoCdApplication';
import { argoCdApplicationSet } from './argoCdApplicationSet';
import { argoCdRepoUrl, chartSource } from './chartSource';
import type { EnvironmentExport, ExportSettings, ManifestObject } from './EnvironmentExport';
import { fluxHelmRelease, fluxNamespace, fluxSecretKey, fluxSecretName } from './fluxHelmRelease';
import type { GitOpsEnvironment } from './GitOpsEnvironment';
import type { GitOpsExport, GitOpsExportInput, GitOpsFile, GitOpsProblem, GitOpsTarget, ObjectToCreate } from './GitOpsExport';
import { helmfile, helmfileSecretsPath } from './helmfile';
import { planSecrets, type SecretDelivery } from './planSecrets';
import { repositoryPath } from './repositoryPath';
import { validateGitOpsObject } from './validateGitOpsObject';
import { checkEnvironmentName } from '../workspace/checkEnvironmentName';

/** How each engine gets secrets into Helm without them in Git. */
const deliveries: Record<GitOpsTarget, SecretDelivery> = {
  argocd: 'existing-secret',
  'argocd-appset': 'existing-secret',
  flux: 'from-secret',
  helmfile: 'secrets-file',
};

/**
 * The files that install Catalyst into each environment through a GitOps engine, or why they are not offered.
 * Before anything is offered, every environment's values are judged as Helm will judge them at deploy (the
 * secrets there, from wherever the engine reads them) and must have no error, and every object the export
 * writes must pass its CRD schema. No secret is ever written: each is read from a Secret, an encrypted file,
 * or an existing Secret the chart reads, and the export lists what the user must create.
 */
export function exportGitOps(input: GitOpsExportInput): GitOpsExport {
  const settings: ExportSettings = { release: input.release || 'catalyst', namespace: input.namespace || 'cra-agent', chartVersion: input.chartVersion };
  const namingProblems = checkNames(input.environments);
  if (namingProblems.length > 0) return { ok: false, problems: namingProblems };

  // Where the engine reads values files: helmfile beside itself (under the path), Argo CD from the repository
  // when one is named; Flux never (its values are in the HelmRelease or a ConfigMap).
  const repository = input.target === 'helmfile' ? { url: '', path: input.repository?.path ?? '' } : input.target === 'flux' ? undefined : input.repository;
  const problems: GitOpsProblem[] = [];
  const valuesFiles = new Map<string, string>();
  const environments: EnvironmentExport[] = input.environments.map((environment) => {
    const plan = planSecrets(environment.values, input.chart.schema, input.joinToken, deliveries[input.target], settings.release);
    for (const problem of input.chart.check(plan.deployed).problems) {
      if (problem.severity === 'error') problems.push({ environment: environment.name, pointer: problem.pointer, message: problem.message });
    }
    const valueFiles = repository ? environment.files.map((file) => repositoryPath(repository.path, file.path)) : [];
    if (repository) problems.push(...collectValuesFiles(environment, valueFiles, input, valuesFiles));
    return { name: environment.name, plan, chart: chartSource(input.chart.coalesce(plan.values), input.chartVersion), valueFiles };
  });
  if (problems.length > 0) return { ok: false, problems };

  const manifests = manifestsOf(input, environments, settings, repository && input.target !== 'helmfile' ? repository : undefined);
  for (const { objects } of manifests) {
    for (const object of objects) {
      const complaint = validateGitOpsObject(object);
      if (complaint) problems.push({ message: `${object.kind} ${object.metadata.name} does not pass its schema: ${complaint}` });
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  const toCreate = environments.flatMap((environment) => objectsToCreate(environment, input, settings));
  const notes = notesFor(input.target, environments, repository !== undefined);
  const files: GitOpsFile[] = manifests.map(({ path, objects, text, environment }) => ({
    path,
    role: 'manifests',
    text: headerComment(toCreate.filter((object) => environment === undefined || object.environment === environment), notes) + (text ?? objects.map(printValues).join('---\n')),
  }));
  for (const [path, text] of valuesFiles) files.push({ path, text, role: 'values' });
  if (input.target === 'helmfile') files.push(...secretsTemplates(environments));
  return { ok: true, files, toCreate, notes };
}

/** Names make objects' names and, for Argo CD, clusters': the workspace's rule for them, checked again here for the CLI's. */
function checkNames(environments: readonly GitOpsEnvironment[]): GitOpsProblem[] {
  if (environments.length === 0) return [{ message: 'Choose at least one environment to export.' }];
  return environments.flatMap(({ name }, index) => {
    const problem = checkEnvironmentName(name, environments.slice(0, index).map((earlier) => earlier.name));
    return problem === undefined ? [] : [{ environment: name, message: problem }];
  });
}

/**
 * The environment's values files as the engine reads them from Git: each without its secrets (a file that held
 * one must be committed as this copy), once however many environments layer it.
 */
function collectValuesFiles(environment: GitOpsEnvironment, paths: readonly string[], input: GitOpsExportInput, collected: Map<string, string>): GitOpsProblem[] {
  const problems: GitOpsProblem[] = [];
  environment.files.forEach((file, index) => {
    const path = paths[index] ?? file.path;
    if (collected.has(path)) return;
    const stripped = exportWithoutSecrets(file.text, input.chart.schema);
    if (!stripped.ok) problems.push({ environment: environment.name, message: `${file.path} is not valid YAML: fix it before exporting.` });
    else collected.set(path, stripped.text);
  });
  return problems;
}

interface ManifestFile {
  path: string;
  objects: ManifestObject[];
  /** Text that is not a stream of objects (a helmfile). */
  text?: string;
  /** The one environment the file installs, when it installs only one. */
  environment?: string;
}

function manifestsOf(input: GitOpsExportInput, environments: EnvironmentExport[], settings: ExportSettings, repository: GitOpsExportInput['repository']): ManifestFile[] {
  switch (input.target) {
    case 'argocd':
      return [{ path: `${settings.release}-applications.yaml`, objects: environments.map((environment) => argoCdApplication(environment, settings, repository)) }];
    case 'argocd-appset':
      return [{ path: `${settings.release}-applicationset.yaml`, objects: [argoCdApplicationSet(environments, settings, repository)] }];
    case 'flux':
      return environments.map((environment) => ({
        path: `${environment.name}/${settings.release}-helmrelease.yaml`,
        environment: environment.name,
        objects: fluxHelmRelease(environment, settings, input.fluxValues ?? 'inline'),
      }));
    case 'helmfile':
      return [{ path: 'helmfile.yaml.gotmpl', objects: [], text: helmfile(environments, settings) }];
  }
}

/** The Secrets and ConfigMaps to create before the engine syncs: those the values name, and the engine's own. */
function objectsToCreate(environment: EnvironmentExport, input: GitOpsExportInput, settings: ExportSettings): ObjectToCreate[] {
  const { plan } = environment;
  const named = requiredObjects({ userValues: plan.values, values: input.chart.coalesce(plan.values), namespace: settings.namespace, release: settings.release });
  const objects: ObjectToCreate[] = named.map((object) => ({
    environment: environment.name,
    kind: object.kind,
    namespace: object.namespace,
    name: object.name,
    keys: [],
    note: `${object.note ?? ''}${object.note ? ' ' : ''}For example: ${object.command}`,
  }));
  for (const existing of plan.existingSecrets) {
    if (objects.some((object) => object.name === existing.name)) continue;
    objects.push({
      environment: environment.name,
      kind: 'Secret',
      namespace: settings.namespace,
      name: existing.name,
      keys: [],
      note: `Named in ${dottedPath(existing.pointer)}: the chart reads ${existing.replaces.map(dottedPath).join(', ')} from it instead of the values.`,
    });
  }
  if (input.target === 'flux' && plan.references.length > 0) {
    objects.push({
      environment: environment.name,
      kind: 'Secret',
      namespace: fluxNamespace,
      name: fluxSecretName(settings),
      keys: plan.references.map(({ pointer }) => fluxSecretKey(pointer)),
      note: 'The HelmRelease sets each key at its Helm path. Create it with SOPS or External Secrets, never as plain text in Git.',
    });
  }
  return objects;
}

function notesFor(target: GitOpsTarget, environments: readonly EnvironmentExport[], fromGit: boolean): string[] {
  const registries = [...new Set(environments.filter((e) => e.chart.oci).map((e) => argoCdRepoUrl(e.chart)))];
  switch (target) {
    case 'argocd':
    case 'argocd-appset': {
      const unread = environments.flatMap((e) => e.plan.references.map(({ pointer }) => `${dottedPath(pointer)} (${e.name})`));
      return [
        `Each Application deploys to the Argo CD cluster named after its environment (destination.name); register the clusters under those names.`,
        ...registries.map((registry) => `Declare ${registry} in Argo CD as a Helm repository with enableOCI: "true" (a repository Secret in ${argoCdNamespace}).`),
        ...(fromGit ? ['Commit the values files listed here under the repository path: they are the copies without secrets.'] : []),
        ...(unread.length > 0
          ? [`Argo CD cannot read a value from a Secret and the chart reads these from no Secret, so they are left out: ${unread.join(', ')}. Supply them with a plug-in such as argocd-vault-plugin or helm-secrets (SOPS).`]
          : []),
      ];
    }
    case 'flux':
      return ['Commit each environment\'s file where that cluster\'s Flux reconciles (its Kustomization path).'];
    case 'helmfile':
      return [
        'helmfile renders this file as a Go template: keep the .gotmpl name (helmfile v1 renders only files named so). Install an environment with helmfile -e NAME apply.',
        ...(environments.some((e) => e.plan.references.length > 0)
          ? ['Fill in each secrets file, encrypt it with sops --encrypt --in-place before committing, and install the helm-secrets plug-in, which helmfile decrypts it with.']
          : []),
      ];
  }
}

/** The same facts at the top of the manifests, so the file says what it needs wherever it is read. */
function headerComment(toCreate: readonly ObjectToCreate[], notes: readonly string[]): string {
  const lines = [
    ...(toCreate.length > 0 ? ['Create before syncing (a Secret\'s contents never go in Git as plain text):', ...toCreate.map((s) => `  ${s.kind} ${s.namespace}/${s.name} (${s.environment})${s.keys.length ? `: keys ${s.keys.join(', ')}` : ''}`)] : []),
    ...notes,
  ];
  return lines.map((line) => `# ${line.replace(/\n/g, ' ')}\n`).join('');
}

/** For each environment with secrets, the file to fill in and encrypt: every key there, with a placeholder. */
function secretsTemplates(environments: readonly EnvironmentExport[]): GitOpsFile[] {
  return environments
    .filter((environment) => environment.plan.references.length > 0)
    .map((environment) => ({
      path: helmfileSecretsPath(environment.name),
      role: 'secrets-template' as const,
      text:
        `# Fill in, then encrypt before committing: sops --encrypt --in-place ${helmfileSecretsPath(environment.name)}\n` +
        printValues(environment.plan.references.reduce((values, { pointer }) => setAt(values, pointer, `<${dottedPath(pointer)}>`), {})),
    }));
}
