import { ProblemBadge } from '@/components/ProblemBadge';
import { selectEnvironmentProblems } from '@/core/session/selectEnvironmentProblems';
import type { Chart } from '@/core/chart/createChart';
import { layerFileName } from '@/core/workspace/Workspace';
import { useDispatch, useSession } from '@/state/sessionStore';
import './workspace.css';

/**
 * Which layer of the workspace the form and the editor show: the base (every environment's), or one
 * environment merged over it, each with its own problem count. Nothing at all for a single file.
 */
export function EnvironmentSwitcher({ chart }: { chart: Chart }) {
  const dispatch = useDispatch();
  const environment = useSession((s) => s.environment);
  const fileStem = useSession((s) => s.fileStem);
  const hasOverlays = useSession((s) => s.overlays.length > 0);
  const problems = useSession((s) => selectEnvironmentProblems(s, chart));
  if (!hasOverlays) return null;
  const files = { fileStem };
  return (
    <section className="environments" aria-label="Environments">
      <div className="environments__list" role="group" aria-label="Environment">
        <button type="button" className="button environments__choice" aria-pressed={environment === undefined} onClick={() => dispatch({ type: 'environmentSelected', environment: undefined })}>
          Base <span className="environments__note">all environments</span>
        </button>
        {problems.map((entry) => (
          <button
            key={entry.name}
            type="button"
            className="button environments__choice"
            aria-pressed={environment === entry.name}
            aria-label={`${entry.name}: ${countText(entry.errors, entry.warnings)}`}
            onClick={() => dispatch({ type: 'environmentSelected', environment: entry.name })}
          >
            {entry.name} {entry.errors === 0 && entry.warnings === 0 ? <span className="badge badge--ok">OK</span> : <ProblemBadge errors={entry.errors} warnings={entry.warnings} />}
          </button>
        ))}
      </div>
      <p className="environments__caption">
        {environment === undefined ? (
          <>
            Editing <code>{layerFileName(files)}</code>: a value set here reaches every environment that does not override it.
          </>
        ) : (
          <>
            Editing <code>{layerFileName(files, environment)}</code>, shown merged over the base as Helm merges{' '}
            <code>
              -f {layerFileName(files)} -f {layerFileName(files, environment)}
            </code>
            : a value set here is for {environment} only.{' '}
            <button type="button" className="button button--link" onClick={() => dispatch({ type: 'environmentRemoved', name: environment })}>
              Remove {environment}
            </button>
          </>
        )}
      </p>
    </section>
  );
}

function countText(errors: number, warnings: number): string {
  if (errors === 0 && warnings === 0) return 'no problems';
  const parts = [errors > 0 && `${errors} ${errors === 1 ? 'error' : 'errors'}`, warnings > 0 && `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`];
  return parts.filter(Boolean).join(', ');
}
