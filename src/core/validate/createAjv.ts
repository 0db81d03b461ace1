import Ajv, { _, Name, type KeywordCxt, type Options } from 'ajv';
import ajvErrors from 'ajv-errors';
import { annotationKeywords } from '../schema/JsonSchema';
import { chartFormatDefinitions } from '../schema/formats';
import { templateErrors } from './templateErrors';

/**
 * Names the code generated ahead of time imports (see generateValidatorModule): the formats and the
 * template check are functions, and generated code can only reach a function by a name in scope.
 */
export const generatedCodeImports = { formats: '__chartFormats', templateErrors: '__templateErrors' } as const;

/**
 * The one ajv configuration the studio uses. allErrors because Helm reports every schema error at once,
 * and ajv-errors needs it for `errorMessage`; strict so a misspelt keyword in a shipped schema fails loudly.
 * `generateCode` keeps the source of each compiled function so it can be written out as a module: the
 * browser then runs validators without compiling, which its Content-Security-Policy (no eval) requires.
 */
export function createAjv(options: { generateCode?: boolean; regExp?: NonNullable<Options['code']>['regExp'] } = {}): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    strict: true,
    allowUnionTypes: true,
    ...(options.generateCode && { code: { source: true, esm: true, formats: _`${new Name(generatedCodeImports.formats)}` } }),
    ...(options.regExp && { code: { regExp: options.regExp } }),
  });
  ajvErrors(ajv);
  for (const [name, definition] of Object.entries(chartFormatDefinitions())) ajv.addFormat(name, definition);
  ajv.addVocabulary([...annotationKeywords]);
  ajv.addKeyword({
    keyword: 'x-go-template',
    schemaType: 'boolean',
    code(cxt: KeywordCxt) {
      const { gen, schema, it } = cxt;
      if (schema !== true) return;
      const check = gen.scopeValue('func', { ref: templateErrors, code: _`${new Name(generatedCodeImports.templateErrors)}` });
      const vErrors = new Name('vErrors');
      const errors = new Name('errors');
      const found = gen.const(
        'templateProblems',
        _`${check}(${cxt.data}, ${new Name('rootData')}, ${new Name('instancePath')} + ${it.errorPath}, ${it.errSchemaPath + '/x-go-template'})`,
      );
      // Like ajv's own function keywords: append the errors and keep the error count in step.
      gen.if(_`${found}.length > 0`, () => {
        gen.assign(vErrors, _`${vErrors} === null ? ${found} : ${vErrors}.concat(${found})`);
        gen.assign(errors, _`${vErrors}.length`);
      });
    },
  });
  return ajv;
}
