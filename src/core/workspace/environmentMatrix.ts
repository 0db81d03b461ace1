import type { Values } from '../diagnostics/Diagnostic';
import { childPointer } from '../pointer/jsonPointer';
import { coalesceValues } from '../values/coalesceValues';
import { getAt } from '../values/getAt';
import { isDeepEqual } from '../values/isDeepEqual';
import { isValuesMap } from '../values/isValuesMap';
import type { ReadWorkspace } from './readWorkspace';
import { valueOrigin, type ValueOrigin } from './valueSource';

/** One environment's value in a row of the matrix: what Helm renders with there, and which layer decided it. */
export interface MatrixCell {
  environment: string;
  /** The value over the chart's defaults; undefined when the key is absent there (removed by a `null`, or never set). */
  value: unknown;
  origin: ValueOrigin;
}

interface MatrixRow {
  pointer: string;
  cells: MatrixCell[];
}

/**
 * The values that differ between environments, one row per value and one cell per environment, like a diff
 * across the fleet. Only an overlay can make environments differ (they share the base), so the candidates
 * are the values overlays set; a row is kept when the environments' rendered values there are not all equal.
 * Rows are in pointer order, so a value keeps its place while others come and go.
 */
export function environmentMatrix(workspace: ReadWorkspace, defaults: Values): MatrixRow[] {
  const { environments } = workspace;
  if (environments.length < 2) return [];
  const rendered = environments.map((environment) => coalesceValues(defaults, environment.userValues));
  const candidates = new Set<string>();
  for (const environment of environments) collectLeaves(environment.overlay.values, '', candidates);
  const rows: MatrixRow[] = [];
  for (const pointer of [...candidates].sort()) {
    const cells = environments.map((environment, index) => ({
      environment: environment.name,
      value: getAt(rendered[index] as Values, pointer),
      origin: valueOrigin(pointer, environment.base.values, environment.overlay.values),
    }));
    const first = cells[0]?.value;
    if (cells.some((cell) => !isDeepEqual(cell.value, first))) rows.push({ pointer, cells });
  }
  return rows;
}

/** Pointers of the values a layer sets: every key down to a scalar, a list, `null` or an empty map (Helm replaces lists whole). */
function collectLeaves(value: unknown, pointer: string, into: Set<string>): void {
  if (isValuesMap(value) && (pointer === '' || Object.keys(value).length > 0)) {
    for (const key of Object.keys(value)) collectLeaves(value[key], childPointer(pointer, key), into);
    return;
  }
  into.add(pointer);
}
