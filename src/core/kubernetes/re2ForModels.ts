import { RE2JS } from 're2js';

/**
 * Stands in for `re2-wasm`, which the kubernetes-models validators import for patterns only RE2 reads (the
 * Prometheus Operator's `^(?i)(abort|warn)?$`). Its Emscripten glue compiles code from strings, which the
 * page's Content-Security-Policy refuses, so the whole schemas module would fail to load; re2js is the same
 * RE2 syntax in plain JavaScript. The build aliases `@kubernetes-models/validate/runtime/re2` here.
 */
export default class RE2 {
  readonly #pattern: RE2JS;

  /** The `u` flag the validators pass is RE2's only mode: it always reads text as Unicode. */
  constructor(pattern: string, _flags?: string) {
    this.#pattern = RE2JS.compile(pattern);
  }

  test(text: string): boolean {
    return this.#pattern.matcher(text).find();
  }
}
