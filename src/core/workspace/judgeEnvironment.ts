import type { ValuesProblem, Chart } from '../chart/createChart';
import { valuesGivenAtInstall, type JoinTokenSource } from '../install/joinTokenSource';
import type { Diagnostic } from '../diagnostics/Diagnostic';
import type { Environment } from './readWorkspace';

interface EnvironmentJudgement {
  name: string;
  /** Problems in the merged values, and the syntax errors of a layer that does not parse (it counts as empty). */
  problems: (ValuesProblem | Diagnostic)[];
  errors: number;
  warnings: number;
}

/**
 * An environment judged as Helm will judge `helm install -f base.yaml -f overlay.yaml`: its merged values
 * over the chart's defaults, by the same checks as a single file. `joinToken` says where the join token comes
 * from, as for a single file (given at install, it counts as present).
 */
export function judgeEnvironment(environment: Environment, chart: Chart, joinToken?: JoinTokenSource): EnvironmentJudgement {
  const userValues = joinToken === undefined ? environment.userValues : valuesGivenAtInstall(environment.userValues, joinToken);
  const layerIssues = [...environment.base.issues, ...environment.overlay.issues];
  const problems = [...layerIssues, ...chart.check(userValues).problems];
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return { name: environment.name, problems, errors, warnings: problems.length - errors };
}
