interface ProblemBadgeProps {
  errors: number;
  warnings: number;
}

/** Error and warning counts as two small pills; nothing when both are zero. */
export function ProblemBadge({ errors, warnings }: ProblemBadgeProps) {
  if (errors === 0 && warnings === 0) return null;
  return (
    <span className="badges">
      {errors > 0 && <span className="badge badge--error">{`${errors} ${errors === 1 ? 'error' : 'errors'}`}</span>}
      {warnings > 0 && <span className="badge badge--warning">{`${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`}</span>}
    </span>
  );
}
