import type { Values } from '../diagnostics/Diagnostic';
import { omitSecrets } from '../share/omitSecrets';
import { getAt } from '../values/getAt';

/**
 * The pointers of every secret the values hold, outermost first (a secret map is one entry).
 * An empty secret (`password: ""`, often the chart's own default) discloses nothing and is not listed.
 */
export function findSecrets(values: Values, isSecret: (pointer: string) => boolean): string[] {
  return omitSecrets(values, isSecret).omitted.filter((pointer) => {
    const value = getAt(values, pointer);
    return value !== '' && value !== null && value !== undefined;
  });
}
