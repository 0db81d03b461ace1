import type { ErrorObject } from 'ajv';
import { formatPointer } from '../pointer/jsonPointer';
import { checkGoTemplate, findTemplateStrings } from '../schema/goTemplate';

/**
 * The `x-go-template` check as ajv errors: the chart runs these strings through `tpl` with the coalesced
 * values as `.Values` (every string under agent, management and gateway controlplane config, and the image
 * repositories it renders), so each `{{ }}` must parse and read only what exists.
 * Called from generated validator code, compiled at run time or ahead of it.
 */
export function templateErrors(data: unknown, rootData: unknown, instancePath: string, schemaPath: string): ErrorObject[] {
  const root = (rootData ?? {}) as Record<string, unknown>;
  const errors: ErrorObject[] = [];
  for (const { path, text } of findTemplateStrings(data)) {
    const problem = checkGoTemplate(text, root);
    if (problem) {
      errors.push({ keyword: 'x-go-template', instancePath: instancePath + formatPointer(path), schemaPath, params: {}, message: problem });
    }
  }
  return errors;
}
