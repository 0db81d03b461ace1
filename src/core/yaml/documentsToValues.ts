import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Document, LineCounter, Node } from 'yaml';
import type { Diagnostic, Values } from '../diagnostics/Diagnostic';
import { defineOwn } from '../values/defineOwn';
import { isValuesMap } from '../values/isValuesMap';
import { copyMap } from '../values/setAt';
import { nodeToValues, positionOf } from './nodeToValues';

interface DocumentsValues {
  /** Undefined when an error makes the file unusable for Helm. */
  values: Values | undefined;
  issues: Diagnostic[];
}

/**
 * The values of a whole file. Helm 4 reads every document of a multi-document file and merges them
 * in order (maps merge, anything else - null included - is replaced by the later document); empty
 * documents and a top-level `null` count as `{}`. Checked against `helm template` 4.1.4.
 */
export function documentsToValues(docs: readonly Document[], lineCounter: LineCounter | undefined): DocumentsValues {
  const issues: Diagnostic[] = [];
  let values: Values = {};
  let failed = false;
  let withContent = 0;
  for (const doc of docs) {
    const contents = doc.contents as Node | null;
    const converted = nodeToValues(doc, contents, lineCounter);
    issues.push(...converted.issues);
    if (converted.issues.some((issue) => issue.severity === 'error')) {
      failed = true;
      continue;
    }
    if (converted.value === null || converted.value === undefined) continue;
    if (!isValuesMap(converted.value)) {
      const { line, column } = positionOf(contents, lineCounter);
      const target = isAlias(contents) ? contents.resolve(doc) : contents;
      const found = isSeq(target) ? 'a list' : isMap(target) ? 'a map' : isScalar(target) ? `a single value (${describe(converted.value)})` : 'something else';
      issues.push({
        pointer: '',
        severity: 'error',
        message: `a values file must be a mapping of keys (like "key: value"); found ${found}`,
        line,
        column,
        source: 'yaml',
      });
      failed = true;
      continue;
    }
    withContent += 1;
    values = mergeDocument(values, converted.value);
  }
  if (!failed && withContent > 1) {
    const second = docs.filter((doc) => doc.contents !== null)[1];
    const { line, column } = positionOf(second?.contents as Node | null, lineCounter);
    issues.push({
      pointer: '',
      severity: 'warning',
      message: `this file holds ${withContent} YAML documents (separated by ---); Helm merges them in order, later documents winning`,
      line,
      column,
      source: 'yaml',
    });
  }
  return { values: failed ? undefined : values, issues };
}

function mergeDocument(earlier: Values, later: Values): Values {
  const result = copyMap(earlier);
  for (const key of Object.keys(later)) {
    const before = Object.hasOwn(earlier, key) ? earlier[key] : undefined;
    const after = later[key];
    defineOwn(result, key, isValuesMap(before) && isValuesMap(after) ? mergeDocument(before, after) : after);
  }
  return result;
}

function describe(value: unknown): string {
  return typeof value === 'string' ? `the string "${value.length > 40 ? value.slice(0, 40) + '…' : value}"` : String(value);
}
