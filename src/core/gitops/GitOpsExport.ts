import type { JoinTokenSource } from '../install/joinTokenSource';
import type { Chart } from '../chart/createChart';
import type { GitOpsEnvironment } from './GitOpsEnvironment';

export const gitOpsTargets = ['argocd', 'argocd-appset', 'flux', 'helmfile'] as const;
/** Argo CD Applications, one Argo CD ApplicationSet, Flux HelmReleases, or a helmfile. */
export type GitOpsTarget = (typeof gitOpsTargets)[number];

export function isGitOpsTarget(text: string): text is GitOpsTarget {
  return (gitOpsTargets as readonly string[]).includes(text);
}

/** Where the values files live in Git, for the engines that read them from there (Argo CD's `valueFiles`, helmfile). */
export interface ValuesRepository {
  /** The Git repository's URL, as the GitOps engine clones it. */
  url: string;
  /** The folder inside it that holds the values files; '' for the top. */
  path: string;
  /** Default `HEAD`. */
  revision?: string;
}

export interface GitOpsExportInput {
  target: GitOpsTarget;
  /** The environments to export, in the order they are listed; one for a single environment. */
  environments: readonly GitOpsEnvironment[];
  chartVersion: string;
  /** The chart's checks: every environment's values are judged before an export is offered. */
  chart: Chart;
  /** Where the user said the join token comes from; a token in the values or a named Secret overrules it. */
  joinToken: JoinTokenSource;
  /** Default `catalyst`. */
  release?: string;
  /** Default `cra-agent`. */
  namespace?: string;
  /**
   * Argo CD: with a repository, Applications read the values files from it (`valueFiles`), else the values
   * are written in them (`valuesObject`). helmfile always refers to the files, beside it or under `path`.
   */
  repository?: ValuesRepository;
  /** Flux: the values written in the HelmRelease (`values`, the default) or in a ConfigMap it reads (`valuesFrom`). */
  fluxValues?: 'inline' | 'configmap';
}

/** One file of an export: the manifests to commit, a values file they refer to, or a template for secrets. */
export interface GitOpsFile {
  path: string;
  text: string;
  role: 'manifests' | 'values' | 'secrets-template';
}

/** A Secret (or ConfigMap) the export refers to and the user creates: a Secret's contents never go in Git as plain text. */
export interface ObjectToCreate {
  environment: string;
  kind: 'Secret' | 'ConfigMap';
  namespace: string;
  name: string;
  /** The keys it must hold. */
  keys: string[];
  /** What reads it, and how to create it. */
  note: string;
}

/** Why an export is not offered, said where it happened: an environment, and a value in it when there is one. */
export interface GitOpsProblem {
  environment?: string;
  pointer?: string;
  message: string;
}

export type GitOpsExport =
  | {
      ok: true;
      files: GitOpsFile[];
      toCreate: ObjectToCreate[];
      /** Steps outside the files (a repository to declare, a plug-in to install), one sentence each. */
      notes: string[];
    }
  | { ok: false; problems: GitOpsProblem[] };
