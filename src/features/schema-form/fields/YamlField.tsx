import { useState } from 'react';
import { parseSnippet, printSnippet } from '@/core/form/yamlSnippet';
import { isDeepEqual } from '@/core/values/isDeepEqual';
import { typesOf } from '@/core/form/flattenSchema';
import type { FieldControlProps } from './FieldControlProps';

/**
 * Any value as a YAML snippet: free-form objects (affinity, tolerations, merge/patch) and every construct
 * no other control knows. Text that does not parse stays here with the reason and does not reach the values.
 */
export function YamlField({ node, pointer, id, value, onChange, describedBy, invalid }: FieldControlProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const parsedDraft = draft === null ? undefined : parseSnippet(draft);
  const draftCurrent = parsedDraft !== undefined && (!parsedDraft.ok || isDeepEqual(parsedDraft.value, value));
  const text = draftCurrent && draft !== null ? draft : printSnippet(value);
  const syntaxError = draftCurrent && parsedDraft && !parsedDraft.ok ? parsedDraft.message : undefined;
  const placeholder = printSnippet(node.default) || (typesOf(node.schema).includes('array') ? 'YAML list, e.g.\n- item' : 'YAML, e.g.\nkey: value');
  const lines = Math.min(14, Math.max(3, text.split('\n').length + 1, placeholder.split('\n').length));
  return (
    <>
      <textarea
        id={id}
        name={pointer}
        className="field__input field__textarea field__textarea--code"
        rows={lines}
        value={text}
        placeholder={placeholder}
        spellCheck={false}
        aria-describedby={[describedBy, syntaxError ? `${id}-syntax` : undefined].filter(Boolean).join(' ') || undefined}
        aria-invalid={invalid || syntaxError !== undefined || undefined}
        onChange={(event) => {
          const next = event.target.value;
          setDraft(next);
          const parsed = parseSnippet(next);
          if (parsed.ok) onChange(parsed.value);
        }}
        onBlur={() => {
          if (parsedDraft?.ok) setDraft(null);
        }}
      />
      {syntaxError && (
        <p id={`${id}-syntax`} className="field-problem field-problem--error">
          Not valid YAML yet: {syntaxError}
        </p>
      )}
    </>
  );
}
