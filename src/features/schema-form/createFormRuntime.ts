import type { FormModel } from '@/core/form/FormModel';
import { buildFormModel } from '@/core/form/buildFormModel';
import { createVisibility, type Visibility } from '@/core/form/createVisibility';
import { createProblemPlacer, type ProblemPlacer } from '@/core/form/placeDiagnostics';
import { createFieldNavigator, type FieldNavigator } from '@/core/form/createFieldNavigator';
import type { ChartValidator } from '@/core/validate/createChartValidator';

/** Everything the form needs for one chart, built once when the chart loads (never on a keystroke). */
export interface FormRuntime {
  validator: ChartValidator;
  model: FormModel;
  visibility: Visibility;
  placer: ProblemPlacer;
  navigator: FieldNavigator;
}

const runtimes = new WeakMap<ChartValidator, FormRuntime>();

export function createFormRuntime(validator: ChartValidator, navigator: FieldNavigator = createFieldNavigator()): FormRuntime {
  const cached = runtimes.get(validator);
  if (cached && cached.navigator === navigator) return cached;
  const model = buildFormModel(validator.schema);
  const runtime: FormRuntime = {
    validator,
    model,
    // The chart's own validators judge the conditions: generated at build time for a shipped chart.
    visibility: createVisibility(validator.compiler, model.conditions),
    placer: createProblemPlacer(model),
    navigator,
  };
  runtimes.set(validator, runtime);
  return runtime;
}
