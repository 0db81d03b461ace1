import { parsePointer } from './jsonPointer';

/**
 * `/global/charts/password` → `global.charts.password`: the path Helm's `--set` takes (and Flux's
 * `targetPath`, which follows it): keys joined by dots, a dot, comma, `=`, bracket or backslash inside a key
 * escaped, list items as `[index]`.
 */
export function helmSetPath(pointer: string): string {
  return parsePointer(pointer).reduce((path, segment) => {
    if (/^\d+$/.test(segment) && path !== '') return `${path}[${segment}]`;
    const key = segment.replace(/([.,=\\[\]])/g, '\\$1');
    return path === '' ? key : `${path}.${key}`;
  }, '');
}
