import type { Values } from '../diagnostics/Diagnostic';
import { childPointer } from '../pointer/jsonPointer';
import { isValuesMap } from '../values/isValuesMap';
import type { ValuesDocument } from '../yaml/ValuesDocument';

/**
 * The current values with a fragment merged in, as Helm merges a later `-f` file into an earlier one:
 * maps merge key by key, anything else (a scalar, a list, null) in the fragment replaces what was there.
 * The edits go into a copy of the current document, so its comments and layout stay; what the fragment brings
 * is written as the fragment wrote it (its quotes and comments).
 */
export function mergeIntoDocument(current: ValuesDocument, fragment: ValuesDocument): string {
  const document = current.clone();
  mergeAt(document, current.toValues(), fragment.toValues(), fragment, '');
  return document.toString();
}

function mergeAt(document: ValuesDocument, existing: unknown, incomingMap: Values, fragment: ValuesDocument, pointer: string): void {
  for (const key of Object.keys(incomingMap)) {
    const at = childPointer(pointer, key);
    const incoming = incomingMap[key];
    const before = isValuesMap(existing) ? existing[key] : undefined;
    if (isValuesMap(incoming) && isValuesMap(before) && Object.keys(incoming).length > 0) mergeAt(document, before, incoming, fragment, at);
    else document.setFrom(at, fragment);
  }
}
