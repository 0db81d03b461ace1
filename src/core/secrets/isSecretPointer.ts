import type { JsonSchema } from '../schema/JsonSchema';
import { parsePointer } from '../pointer/jsonPointer';
import { schemaAt } from '../schema/schemaNavigation';

/**
 * Key names that hold credentials. The schema's `x-secret` is the main source; the names catch
 * credentials inside maps the schema leaves free-form (`agent.config.project.external_postgresql`
 * is only `type: object`, yet holds a database password). Names that only *name* a Kubernetes
 * Secret (`existingSecret`, `secretName`, `issuer_secret_name`) or a file (`keyFile`) do not match.
 */
const CREDENTIAL_KEY = /(?:^|_|-)(?:password|passwd|token|access_key|private_?key|client_?key|api_?key)$|^(?:password|token|key|cert|clientCert|clientKey|customCA)$/i;

/**
 * A test for "does the value at this JSON Pointer hold a secret": `x-secret` in the schema decides
 * (`x-secret: false` clears a name that only looks like a credential), else the key name.
 */
export function isSecretPointer(schema: JsonSchema): (pointer: string) => boolean {
  // Each answer is kept: the page asks again for every key of the file after every edit (masking the YAML
  // pane), and a file with thousands of annotations would walk the schema thousands of times per keystroke.
  const answers = new Map<string, boolean>();
  return (pointer) => {
    let answer = answers.get(pointer);
    if (answer === undefined) {
      answer = judge(schema, pointer);
      answers.set(pointer, answer);
    }
    return answer;
  };
}

function judge(schema: JsonSchema, pointer: string): boolean {
  if (pointer === '') return false;
  const marked = schemaAt(schema, pointer)?.['x-secret'];
  if (typeof marked === 'boolean') return marked;
  return CREDENTIAL_KEY.test(parsePointer(pointer).at(-1) ?? '');
}
