import Ajv, { type ErrorObject } from 'ajv';
import ajvErrors from 'ajv-errors';
import { annotationKeywords } from '../schema/JsonSchema';
import { registerChartFormats } from '../schema/formats';
import { checkGoTemplate, findTemplateStrings } from '../schema/goTemplate';
import { formatPointer } from '../pointer/jsonPointer';

/**
 * The one ajv configuration the studio uses. allErrors because Helm reports every schema error at once,
 * and ajv-errors needs it for `errorMessage`; strict so a misspelt keyword in a shipped schema fails loudly.
 */
export function createAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: false });
  ajvErrors(ajv);
  registerChartFormats(ajv);
  ajv.addVocabulary([...annotationKeywords]);
  ajv.addKeyword({
    keyword: 'x-go-template',
    schemaType: 'boolean',
    errors: true,
    // The chart runs these strings through `tpl` with the coalesced values as `.Values` (FACTS R10).
    validate: function goTemplates(enabled: boolean, data: unknown, _parent?: unknown, cxt?: { instancePath: string; rootData: unknown }) {
      if (!enabled) return true;
      const root = (cxt?.rootData ?? {}) as Record<string, unknown>;
      const errors: Partial<ErrorObject>[] = [];
      for (const { path, text } of findTemplateStrings(data)) {
        const problem = checkGoTemplate(text, root);
        if (problem) {
          errors.push({
            keyword: 'x-go-template',
            instancePath: (cxt?.instancePath ?? '') + formatPointer(path),
            params: {},
            message: problem,
          });
        }
      }
      (goTemplates as unknown as { errors: Partial<ErrorObject>[] }).errors = errors;
      return errors.length === 0;
    },
  });
  return ajv;
}
