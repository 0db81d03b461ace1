import type { Chart } from '../chart/createChart';
import { MemoKey } from '../memo/Memo';
import { judgeEnvironment } from '../workspace/judgeEnvironment';
import { mergeLayers, readLayer } from '../workspace/readWorkspace';
import { selectValuesCheck } from './selectValuesCheck';
import type { Session } from './sessionReducer';

interface EnvironmentProblems {
  name: string;
  errors: number;
  warnings: number;
}

interface Judged {
  base: string;
  overlay: string;
  joinToken: string;
  counts: { errors: number; warnings: number };
}

interface EnvironmentList {
  list: EnvironmentProblems[];
  /** Each environment's judgement by its inputs, for the next list to reuse where they did not change. */
  judged: ReadonlyMap<string, Judged>;
}

const environmentList = new MemoKey<EnvironmentList>('the problem count of each environment');

/**
 * Each environment's problem count, as Helm will judge `-f base -f overlay`: the edited environment's from
 * its full judgement (Helm's verdict included, so it matches the Problems list); every other one by the
 * studio's checks, judged again only when its base or overlay changed.
 */
export function selectEnvironmentProblems(session: Session, chart: Chart): EnvironmentProblems[] {
  const selected = session.environment === undefined ? undefined : selectValuesCheck(session, chart);
  const inputs = [session.overlays, session.baseText, session.joinTokenSource, selected];
  return chart.memos.of(environmentList).get(inputs, (previous) => {
    const judged = new Map<string, Judged>(previous?.judged);
    const list = session.overlays.map((overlay) => {
      if (overlay.name === session.environment && selected) return { name: overlay.name, ...countOf(selected.diagnostics) };
      const known = judged.get(overlay.name);
      if (known && known.base === session.baseText && known.overlay === overlay.text && known.joinToken === session.joinTokenSource) {
        return { name: overlay.name, ...known.counts };
      }
      const base = readLayer(session.baseText, undefined);
      const layer = readLayer(overlay.text, overlay.name);
      const judgement = judgeEnvironment({ name: overlay.name, base, overlay: layer, userValues: mergeLayers(base.values, layer.values) }, chart, session.joinTokenSource);
      const counts = { errors: judgement.errors, warnings: judgement.warnings };
      judged.set(overlay.name, { base: session.baseText, overlay: overlay.text, joinToken: session.joinTokenSource, counts });
      return { name: overlay.name, ...counts };
    });
    return { list, judged };
  }).list;
}

function countOf(diagnostics: readonly { severity: string }[]): { errors: number; warnings: number } {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  return { errors, warnings: diagnostics.length - errors };
}
