import { Application } from '@kubernetes-models/argo-cd/argoproj.io/v1alpha1/Application';
import { ApplicationSet } from '@kubernetes-models/argo-cd/argoproj.io/v1alpha1/ApplicationSet';
import { HelmRelease } from '@kubernetes-models/flux-cd/helm.toolkit.fluxcd.io/v2/HelmRelease';
import { HelmRepository } from '@kubernetes-models/flux-cd/source.toolkit.fluxcd.io/v1/HelmRepository';
import { OCIRepository } from '@kubernetes-models/flux-cd/source.toolkit.fluxcd.io/v1/OCIRepository';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';

/** Something with a `validate()` that throws the CRD schema's complaint, as every model of these packages has. */
interface Validatable {
  validate(): void;
}

/** The objects an export writes, by `apiVersion kind`, each with the schema its engine's CRD (or Kubernetes) checks. */
const models: Record<string, (object: never) => Validatable> = {
  'argoproj.io/v1alpha1 Application': (object) => new Application(object),
  'argoproj.io/v1alpha1 ApplicationSet': (object) => new ApplicationSet(object),
  'helm.toolkit.fluxcd.io/v2 HelmRelease': (object) => new HelmRelease(object),
  'source.toolkit.fluxcd.io/v1 OCIRepository': (object) => new OCIRepository(object),
  'source.toolkit.fluxcd.io/v1 HelmRepository': (object) => new HelmRepository(object),
  'v1 ConfigMap': (object) => new ConfigMap(object),
};

/**
 * What the object's schema says is wrong with it (`data/spec/interval must be string`), or undefined when the
 * cluster would accept it. An object of a kind this list does not know is refused: an export must not offer
 * what nothing checked.
 */
export function validateGitOpsObject(object: { apiVersion: string; kind: string }): string | undefined {
  const model = models[`${object.apiVersion} ${object.kind}`];
  if (!model) return `${object.apiVersion} ${object.kind} has no schema to check it against`;
  try {
    model(object as never).validate();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
