/** Move up, move down and remove for one item of a list, each button named for the item it acts on. */
export function ItemButtons({ title, index, count, onMove, onRemove }: { title: string; index: number; count: number; onMove(to: number): void; onRemove(): void }) {
  return (
    <span className="item-buttons">
      <button type="button" className="button button--icon" aria-label={`Move ${title} item ${index + 1} up`} disabled={index === 0} onClick={() => onMove(index - 1)}>
        ↑
      </button>
      <button type="button" className="button button--icon" aria-label={`Move ${title} item ${index + 1} down`} disabled={index === count - 1} onClick={() => onMove(index + 1)}>
        ↓
      </button>
      <button type="button" className="button button--icon" aria-label={`Remove ${title} item ${index + 1}`} onClick={onRemove}>
        ✕
      </button>
    </span>
  );
}
