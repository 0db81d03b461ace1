import { closestMatch } from '../text/closestMatch';

/*
 * A checker, not a parser: it finds what makes Helm's `tpl` fail on a values string — broken `{{ }}` syntax,
 * unknown functions, and field chains that hit a missing map (Go's "nil pointer evaluating interface {}.x").
 * Whenever it cannot be sure the template fails (inside if/with/range, behind lazy and/or), it says nothing:
 * a false alarm would block a values file that Helm installs.
 */

/** A string below a node that Helm will evaluate with `tpl`. */
interface TemplateString {
  /** Keys from the node down to the string; list indices as decimal strings. */
  path: string[];
  text: string;
}

/** Collects every string containing `{{` at or below `value` (map keys are not visited). */
export function findTemplateStrings(value: unknown): TemplateString[] {
  const found: TemplateString[] = [];
  const visit = (node: unknown, path: string[]): void => {
    if (typeof node === 'string') {
      if (node.includes('{{')) found.push({ path, text: node });
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, [...path, String(index)]));
    } else if (isMap(node)) {
      for (const [key, item] of Object.entries(node)) visit(item, [...path, key]);
    }
  };
  visit(value, []);
  return found;
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Go text/template built-ins, sprig v3's TxtFuncMap and Helm's additions. Helm deletes sprig's `env` and
// `expandenv`, so a template calling them fails to parse ("function "env" not defined").
const FUNCTIONS = new Set(
  (
    // Go text/template
    'and call html index slice js len not or print printf println urlquery eq ge gt le lt ne ' +
    // Helm
    'include tpl required lookup toYaml mustToYaml toYamlPretty fromYaml fromYamlArray toJson mustToJson ' +
    'fromJson fromJsonArray toToml fromToml ' +
    // sprig v3
    'hello ago date date_in_zone date_modify dateInZone dateModify duration durationRound htmlDate ' +
    'htmlDateInZone must_date_modify mustDateModify mustToDate now toDate unixEpoch abbrev abbrevboth trunc ' +
    'trim upper lower title untitle substr repeat trimall trimAll trimSuffix trimPrefix nospace initials ' +
    'randAlphaNum randAlpha randAscii randNumeric randSeededNumeric swapcase shuffle snakecase camelcase ' +
    'kebabcase wrap wrapWith contains hasPrefix hasSuffix quote squote cat indent nindent replace plural ' +
    'sha1sum sha256sum sha512sum adler32sum toString atoi int64 int float64 seq toDecimal split splitList ' +
    'splitn toStrings until untilStep add1 add sub div mod mul randInt add1f addf subf divf mulf biggest max ' +
    'min maxf minf ceil floor round join sortAlpha default empty coalesce all any compact mustCompact ' +
    'toPrettyJson toRawJson mustFromJson mustToPrettyJson mustToRawJson ternary deepCopy mustDeepCopy typeOf ' +
    'typeIs typeIsLike kindOf kindIs deepEqual getHostByName base dir clean ext isAbs osBase osClean osDir ' +
    'osExt osIsAbs b64enc b64dec b32enc b32dec tuple list dict get set unset hasKey pluck keys pick omit ' +
    'merge mergeOverwrite mustMerge mustMergeOverwrite values append push mustAppend mustPush prepend ' +
    'mustPrepend first mustFirst rest mustRest last mustLast initial mustInitial reverse mustReverse uniq ' +
    'mustUniq without mustWithout has mustHas mustSlice concat dig chunk mustChunk bcrypt htpasswd ' +
    'genPrivateKey derivePassword buildCustomCert genCA genCAWithKey genSelfSignedCert ' +
    'genSelfSignedCertWithKey genSignedCert genSignedCertWithKey encryptAES decryptAES randBytes uuidv4 ' +
    'semver semverCompare fail regexMatch mustRegexMatch regexFindAll mustRegexFindAll regexFind ' +
    'mustRegexFind regexReplaceAll mustRegexReplaceAll regexReplaceAllLiteral mustRegexReplaceAllLiteral ' +
    'regexSplit mustRegexSplit regexQuoteMeta urlParse urlJoin'
  ).split(' '),
);

const KEYWORDS = new Set(['if', 'else', 'end', 'range', 'with', 'define', 'block', 'template', 'break', 'continue']);
const CONSTANTS = new Set(['true', 'false', 'nil']);

/** What Helm puts at the top of `.` (chartutil.ToRenderValues). */
const TOP_LEVEL = ['Values', 'Release', 'Chart', 'Capabilities', 'Template', 'Files', 'Subcharts'];
/** `.Release` is a map of these scalars. */
const RELEASE_KEYS = ['Name', 'Namespace', 'IsUpgrade', 'IsInstall', 'Revision', 'Service'];
/** `.Chart` is a *chart.Metadata struct: any other field is "can't evaluate field". */
const CHART_FIELDS = [
  'Name', 'Home', 'Sources', 'Version', 'Description', 'Keywords', 'Maintainers', 'Icon', 'APIVersion',
  'Condition', 'Tags', 'AppVersion', 'Deprecated', 'Annotations', 'KubeVersion', 'Dependencies', 'Type',
];
/** Methods of chartutil.Values, which Go resolves before map keys on `.Values` itself. */
const VALUES_METHODS = ['AsMap', 'Table', 'PathValue', 'YAML', 'Encode'];

interface Action {
  /** As written, `{{` to `}}`, for messages. */
  source: string;
  /** Between the delimiters, trim markers removed. */
  body: string;
}

type Scan = { ok: true; actions: Action[] } | { ok: false; message: string };

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\r' || c === '\n';
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine;
}

/** Splits text into actions the way Go's lexer does: quotes hide `}}`, a `{{` inside an action is an error. */
function scanActions(text: string): Scan {
  const actions: Action[] = [];
  let i = 0;
  for (;;) {
    const open = text.indexOf('{{', i);
    if (open < 0) return { ok: true, actions };
    let start = open + 2;
    // "{{-" trims only when a space follows; "{{-3}}" is the number -3.
    if (text[start] === '-' && isSpace(text[start + 1])) start += 2;
    const context = shorten(text.slice(open, open + 40));

    if (text.startsWith('/*', start)) {
      const close = text.indexOf('*/', start + 2);
      if (close < 0) return { ok: false, message: `"${context}" opens a comment that never ends; close it with */}}` };
      const after = text.slice(close + 2);
      const closing = /^(?:\s-)?\}\}/.exec(after);
      if (!closing) {
        return { ok: false, message: `"${context}": a comment must end right before }} (write */}}, not */ … }})` };
      }
      i = close + 2 + closing[0].length;
      continue;
    }

    let quote: string | undefined;
    let k = start;
    for (; k < text.length; k++) {
      const c = text[k];
      if (quote !== undefined) {
        if (c === '\\' && quote !== '`') k++;
        else if (c === '\n' && quote !== '`') break;
        else if (c === quote) quote = undefined;
        continue;
      }
      if (c === '"' || c === "'" || c === '`') quote = c;
      else if (text.startsWith('{{', k)) {
        return { ok: false, message: `"${context}" opens {{ inside another action; close the first one with }} before opening the next` };
      } else if (text.startsWith('}}', k)) break;
    }
    if (quote !== undefined) {
      return { ok: false, message: `"${context}" has an unterminated ${quote} quote; close the string before }}` };
    }
    if (k >= text.length) {
      return { ok: false, message: `"${context}" is never closed; add }} (or write {{ "{{" }} for literal braces)` };
    }
    let body = text.slice(start, k);
    // " -}}" trims the text after the action.
    // `{{- -}}` shares one space between both markers; Go rejects it ("bad number syntax"), we call it empty.
    const leftTrimmed = start === open + 4;
    if ((body.length >= 2 && body.endsWith('-') && isSpace(body[body.length - 2])) || (leftTrimmed && body === '-')) {
      body = body.slice(0, -1);
    }
    actions.push({ source: text.slice(open, k + 2), body });
    i = k + 2;
  }
}

type TokenKind = 'string' | 'number' | 'field' | 'variable' | 'identifier' | 'dot' | 'punct';

interface Token {
  kind: TokenKind;
  text: string;
  /** For fields and `$.x` variables: the chain of names, and whether it follows `)` or a value (`(…).x`). */
  chain?: string[];
  chained?: boolean;
}

const TOKEN_PATTERNS: readonly [TokenKind, RegExp][] = [
  ['string', /^(?:"(?:[^"\\\n]|\\.)*"|`[^`]*`|'(?:[^'\\\n]|\\.)*')/],
  ['variable', /^\$[A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/],
  ['field', /^(?:\.[A-Za-z_][A-Za-z0-9_]*)+/],
  ['number', /^[+-]?(?:0[xXoObB][0-9a-fA-F_]+|(?:\d[\d_]*\.?\d*|\.\d+)(?:[eE][+-]?\d+)?i?)/],
  ['dot', /^\./],
  ['identifier', /^[A-Za-z_][A-Za-z0-9_]*/],
  ['punct', /^(?::=|=|\||\(|\)|,)/],
];

function tokenize(body: string): { tokens: Token[] } | { unexpected: string } {
  const tokens: Token[] = [];
  let rest = body;
  let adjacent = false;
  while (rest.length > 0) {
    const space = /^\s+/.exec(rest);
    if (space) {
      rest = rest.slice(space[0].length);
      adjacent = false;
      continue;
    }
    let matched = false;
    for (const [kind, pattern] of TOKEN_PATTERNS) {
      const match = pattern.exec(rest);
      if (!match) continue;
      const text = match[0];
      const previous = tokens[tokens.length - 1];
      const token: Token = { kind, text };
      if (kind === 'field') {
        token.chain = text.slice(1).split('.');
        // `(index .x 0).y` or `$v.y`: a field of some other value, which this checker does not follow.
        token.chained = adjacent && previous !== undefined && (previous.kind !== 'punct' || previous.text === ')');
      } else if (kind === 'variable' && text.startsWith('$.')) {
        token.chain = text.slice(2).split('.');
      }
      tokens.push(token);
      rest = rest.slice(text.length);
      adjacent = true;
      matched = true;
      break;
    }
    if (!matched) return { unexpected: rest[0] ?? '' };
  }
  return { tokens };
}

/** Why the chain fails when executed against `root` (the coalesced values), or null when it renders. */
function resolveChain(chain: readonly string[], root: Record<string, unknown>): string | null {
  const [top = '', ...rest] = chain;
  const spelled = (n: number) => '.' + chain.slice(0, n).join('.');
  if (!TOP_LEVEL.includes(top)) {
    // A lone `.Foo` renders empty; only reading through it fails.
    if (rest.length === 0) return null;
    const guess = closestMatch(top, TOP_LEVEL);
    return (
      `reads .${top}, which Helm does not provide (nil pointer evaluating interface {}.${rest[0] ?? ''}); ` +
      (guess ? `did you mean .${guess}?` : `use .Values, .Release, .Chart, .Capabilities or .Template`)
    );
  }
  if (top === 'Release') {
    const [key, deeper] = rest;
    if (key === undefined || deeper === undefined) return null;
    if (RELEASE_KEYS.includes(key)) return `reads ${spelled(3)}, but ${spelled(2)} is a plain value, not a map; drop .${deeper}`;
    const guess = closestMatch(key, RELEASE_KEYS);
    return `reads ${spelled(3)}, but ${spelled(2)} does not exist${guess ? `; did you mean .Release.${guess}?` : ''}`;
  }
  if (top === 'Chart') {
    const [field] = rest;
    if (field === undefined || CHART_FIELDS.includes(field)) return null;
    const guess = closestMatch(field, CHART_FIELDS);
    return `reads ${spelled(2)}, which is not a field of .Chart${guess ? `; did you mean .Chart.${guess}?` : ''}`;
  }
  if (top !== 'Values') return null;
  const [method] = rest;
  if (method !== undefined && VALUES_METHODS.includes(method) && !Object.hasOwn(root, method)) return null;

  let node: unknown = root;
  for (let depth = 0; depth < rest.length; depth++) {
    const key = rest[depth] ?? '';
    if (!isMap(node)) {
      const parent = spelled(depth + 1);
      if (node === undefined || node === null) {
        const missing = rest[depth - 1] ?? '';
        const container = walk(root, rest.slice(0, depth - 1));
        const guess = isMap(container) ? closestMatch(missing, Object.keys(container)) : undefined;
        return (
          `reads ${spelled(chain.length)}, but ${parent} is not set (nil pointer evaluating interface {}.${key}); ` +
          (guess ? `did you mean ${spelled(depth)}.${guess}?` : `set ${parent} or fix the path`)
        );
      }
      const kind = Array.isArray(node) ? 'a list' : `a ${typeof node}`;
      return `reads ${spelled(chain.length)}, but ${parent} is ${kind}, not a map (can't evaluate field ${key}); fix the path`;
    }
    node = Object.hasOwn(node, key) ? node[key] : undefined;
  }
  return null;
}

function walk(root: unknown, keys: readonly string[]): unknown {
  let node = root;
  for (const key of keys) node = isMap(node) && Object.hasOwn(node, key) ? node[key] : undefined;
  return node;
}

/**
 * Checks a string that the chart passes through `tpl`. Returns null when Helm renders it, else one line that
 * quotes the action and names the fix. `root` is the coalesced values (what the template sees as `.Values`).
 * Text outside `{{ }}` is copied verbatim, so a lone `}}` is fine.
 */
export function checkGoTemplate(text: string, root: Record<string, unknown>): string | null {
  const scan = scanActions(text);
  if (!scan.ok) return scan.message;

  /** Open if/with/range/define/block actions: inside one, whether a chain is evaluated depends on data. */
  const blocks: string[] = [];
  for (const action of scan.actions) {
    const quoted = `"${shorten(action.source)}"`;
    const lexed = tokenize(action.body);
    if ('unexpected' in lexed) {
      return `${quoted} contains "${lexed.unexpected}", which Go templates do not allow; use functions such as eq, not, add`;
    }
    const { tokens } = lexed;
    const [first] = tokens;
    if (first === undefined) return `${quoted} is empty; put a value inside or remove the braces`;

    let depth = 0;
    for (const token of tokens) {
      if (token.text === '(') depth++;
      if (token.text === ')' && --depth < 0) return `${quoted} has a ")" without "("; remove it`;
    }
    if (depth > 0) return `${quoted} has an unclosed "("; add ")"`;

    for (const token of tokens) {
      if (token.kind !== 'identifier' || KEYWORDS.has(token.text) || CONSTANTS.has(token.text)) continue;
      if (FUNCTIONS.has(token.text)) continue;
      const guess = closestMatch(token.text, [...FUNCTIONS]);
      return `${quoted} calls "${token.text}", which is not a Helm template function${guess ? `; did you mean "${guess}"?` : ''}`;
    }

    const keyword = first.kind === 'identifier' ? first.text : '';
    if (keyword === 'end') {
      if (blocks.pop() === undefined) return `${quoted} has no matching {{ if }}, {{ with }} or {{ range }}; remove it`;
      continue;
    }
    if (keyword === 'else' && blocks.length === 0) return `${quoted} is outside any {{ if }}, {{ with }} or {{ range }}; remove it`;

    // Go 1.18+ evaluates and/or lazily, so `and .Values.a .Values.a.b` is safe when a is unset.
    const lazy = tokens.some((token) => token.kind === 'identifier' && (token.text === 'and' || token.text === 'or'));
    if (blocks.length === 0 && !lazy) {
      for (const token of tokens) {
        if (token.chain === undefined || token.chained) continue;
        const problem = resolveChain(token.chain, root);
        if (problem !== null) return `${quoted} ${problem}`;
      }
    }
    if (['if', 'with', 'range', 'define', 'block'].includes(keyword)) blocks.push(keyword);
  }
  if (blocks.length > 0) return `{{ ${blocks[blocks.length - 1] ?? ''} }} is never closed; add {{ end }}`;
  return null;
}
