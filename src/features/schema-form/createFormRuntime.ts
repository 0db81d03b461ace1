import type { FormModel } from '@/core/form/FormModel';
import { buildFormModel } from '@/core/form/buildFormModel';
import { createVisibility, type Visibility } from '@/core/form/createVisibility';
import { createProblemPlacer, type ProblemPlacer } from '@/core/form/placeDiagnostics';
import { createFieldNavigator, type FieldNavigator } from '@/core/form/createFieldNavigator';
import type { Chart } from '@/core/chart/createChart';
import { MemoKey } from '@/core/memo/Memo';

/** Everything the form needs for one chart, built once when the chart loads (never on a keystroke). */
export interface FormRuntime {
  chart: Chart;
  model: FormModel;
  visibility: Visibility;
  placer: ProblemPlacer;
  navigator: FieldNavigator;
}

const formRuntime = new MemoKey<FormRuntime>('the form of the chart');

/** The chart's form runtime, kept with the chart: built again only for another navigator. */
export function createFormRuntime(chart: Chart, navigator: FieldNavigator = createFieldNavigator()): FormRuntime {
  return chart.memos.of(formRuntime).get([navigator], () => {
    const model = buildFormModel(chart.schema);
    return {
      chart,
      model,
      // The chart's own validators judge the conditions: generated at build time for a shipped chart.
      visibility: createVisibility(chart.compiler, model.conditions),
      placer: createProblemPlacer(model),
      navigator,
    };
  });
}
