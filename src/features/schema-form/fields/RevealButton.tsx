/** Shows or masks a secret value again; pressed while it is shown. */
export function RevealButton({ title, revealed, onToggle }: { title: string; revealed: boolean; onToggle: () => void }) {
  return (
    <button type="button" className="button button--small" aria-pressed={revealed} aria-label={`${revealed ? 'Hide' : 'Show'} ${title}`} onClick={onToggle}>
      {revealed ? 'Hide' : 'Show'}
    </button>
  );
}
