interface SearchBoxProps {
  label: string;
  value: string;
  onChange(value: string): void;
  placeholder?: string;
}

/** A search input whose Escape clears it. */
export function SearchBox({ label, value, onChange, placeholder }: SearchBoxProps) {
  return (
    <input
      type="search"
      className="search-box"
      aria-label={label}
      placeholder={placeholder}
      value={value}
      spellCheck={false}
      onChange={(event) => onChange(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && value !== '') {
          event.preventDefault();
          onChange('');
        }
      }}
    />
  );
}
