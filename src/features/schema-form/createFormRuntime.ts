import type { FormModel } from '@/core/form/FormModel';
import { buildFormModel } from '@/core/form/buildFormModel';
import { createVisibility, type Visibility } from '@/core/form/createVisibility';
import { createProblemPlacer, type ProblemPlacer } from '@/core/form/placeDiagnostics';
import { createFieldNavigator, type FieldNavigator } from '@/core/form/createFieldNavigator';
import type { Chart } from '@/core/chart/createChart';

/** Everything the form needs for one chart, built once when the chart loads (never on a keystroke). */
export interface FormRuntime {
  chart: Chart;
  model: FormModel;
  visibility: Visibility;
  placer: ProblemPlacer;
  navigator: FieldNavigator;
}

const runtimes = new WeakMap<Chart, FormRuntime>();

export function createFormRuntime(chart: Chart, navigator: FieldNavigator = createFieldNavigator()): FormRuntime {
  const cached = runtimes.get(chart);
  if (cached && cached.navigator === navigator) return cached;
  const model = buildFormModel(chart.schema);
  const runtime: FormRuntime = {
    chart,
    model,
    // The chart's own validators judge the conditions: generated at build time for a shipped chart.
    visibility: createVisibility(chart.compiler, model.conditions),
    placer: createProblemPlacer(model),
    navigator,
  };
  runtimes.set(chart, runtime);
  return runtime;
}
