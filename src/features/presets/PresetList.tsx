import type { Preset } from '@/core/presets/Preset';
import { presets } from '@/core/presets/presets';

/** The starting points, each with what it sets; choosing one replaces the text (undo brings it back). */
export function PresetList({ onChoose }: { onChoose: (preset: Preset) => void }) {
  return (
    <ul className="preset-list" aria-label="Presets">
      {presets.map((preset) => (
        <li key={preset.id} className="preset-list__item">
          <button type="button" className="preset-list__button" onClick={() => onChoose(preset)}>
            {preset.title}
          </button>
          <p className="preset-list__description">{preset.description}</p>
        </li>
      ))}
    </ul>
  );
}
