import { useMemo } from 'react';
import { dottedPath } from '@/core/pointer/jsonPointer';
import type { Chart } from '@/core/chart/createChart';
import { environmentMatrix, type MatrixCell } from '@/core/workspace/environmentMatrix';
import { readWorkspace } from '@/core/workspace/readWorkspace';
import { isSecretPointer } from '@/core/secrets/isSecretPointer';
import { useDispatch, useSession } from '@/state/sessionStore';
import './workspace.css';

/**
 * The values that differ between environments, one column per environment: a diff across the fleet. A
 * secret's value is never shown here, only whether each environment sets it. A column's name switches to
 * that environment.
 */
export function EnvironmentMatrix({ chart }: { chart: Chart }) {
  const dispatch = useDispatch();
  const baseText = useSession((s) => s.baseText);
  const overlays = useSession((s) => s.overlays);
  const rows = useMemo(() => environmentMatrix(readWorkspace({ base: baseText, overlays }), chart.defaults), [baseText, overlays, chart]);
  const isSecret = useMemo(() => isSecretPointer(chart.schema), [chart]);
  if (overlays.length < 2) return <p className="environments__empty">Add a second environment to compare them.</p>;
  if (rows.length === 0) return <p className="environments__empty">Every environment renders with the same values.</p>;
  return (
    <table className="matrix" aria-label="Values that differ between environments">
      <thead>
        <tr>
          <th scope="col">Value</th>
          {overlays.map((overlay) => (
            <th key={overlay.name} scope="col">
              <button type="button" className="button button--link" onClick={() => dispatch({ type: 'environmentSelected', environment: overlay.name })}>
                {overlay.name}
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.pointer}>
            <th scope="row">
              <code>{dottedPath(row.pointer)}</code>
            </th>
            {row.cells.map((cell) => (
              <td key={cell.environment} className={`matrix__cell matrix__cell--${cell.origin.source}`}>
                <span className="matrix__value">{cellText(cell, isSecret(row.pointer))}</span>
                <span className="matrix__origin">{originText(cell)}</span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function cellText(cell: MatrixCell, secret: boolean): string {
  if (cell.value === undefined) return '(not set)';
  if (secret) return '•••• (secret)';
  return typeof cell.value === 'string' ? cell.value : JSON.stringify(cell.value);
}

function originText(cell: MatrixCell): string {
  if (cell.origin.source === 'overlay') return cell.origin.removed ? 'removed here' : 'set here';
  return cell.origin.source === 'base' ? 'from base' : 'chart default';
}
