import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import Form from '@rjsf/core';
import type { IChangeEvent } from '@rjsf/core';
import type { RJSFSchema } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import schemaJson from '../../schemas/catalyst/1.28.0/values.schema.json';
import { chartDefaults } from '../../src/core/schema/chartDefaults';
import { chartFormats } from '../../src/core/schema/formats';
import type { JsonSchema } from '../../src/core/schema/JsonSchema';
import type { Values } from '../../src/core/diagnostics/Diagnostic';

/*
 * The baseline the studio is measured against: the same chart schema and the same starting data (the chart
 * defaults), rendered the way a team would with react-jsonschema-form out of the box. Only what rjsf needs
 * to render this schema at all is customised:
 * - strict: false, so ajv ignores the schema's own vocabulary (x-*, errorMessage, x-go-template) instead of
 *   refusing to compile;
 * - the chart's string formats (k8s-name, cidr, ...), so `format` is judged as in the studio rather than
 *   skipped with a console warning per format.
 */

const schema = schemaJson as unknown as RJSFSchema;
const initialData: Values = chartDefaults(schemaJson as unknown as JsonSchema);

const customFormats: Record<string, (value: string) => boolean> = {};
for (const [name, format] of Object.entries(chartFormats)) customFormats[name] = (value) => format.validate(value);

const validator = customizeValidator({ customFormats, ajvOptionsOverrides: { strict: false } });

function Baseline() {
  const [formData, setFormData] = useState<Values>(initialData);
  return (
    <Form
      schema={schema}
      validator={validator}
      formData={formData}
      liveValidate="onChange"
      onChange={(event: IChangeEvent<Values>) => setFormData(event.formData ?? {})}
    />
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('bench/rjsf/index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <Baseline />
  </StrictMode>,
);
