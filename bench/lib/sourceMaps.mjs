import { readFileSync } from 'node:fs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** Decodes one source map v3 `mappings` string into, per generated line, [column, source, name] segments. */
function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  let originalLine = 0;
  let originalColumn = 0;
  let name = 0;
  for (const lineText of mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const segmentText of lineText.split(',')) {
      if (segmentText === '') continue;
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const char of segmentText) {
        const digit = DIGIT.get(char) ?? 0;
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
        } else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0] ?? 0;
      if (fields.length >= 4) {
        source += fields[1];
        originalLine += fields[2];
        originalColumn += fields[3];
      }
      if (fields.length >= 5) name += fields[4];
      segments.push([column, fields.length >= 4 ? source : -1, fields.length >= 5 ? name : -1]);
    }
    lines.push(segments);
  }
  return lines;
}

/**
 * For a built chunk with a `.map` beside it: which source file (and original name) a generated position
 * belongs to. Vite writes the maps with `--sourcemap`; nothing else is needed to read them.
 */
export function loadSourceMap(file) {
  let map;
  try {
    map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  } catch {
    return undefined;
  }
  const lines = decodeMappings(map.mappings);
  return {
    lookup(line, column) {
      const segments = lines[line];
      if (!segments || segments.length === 0) return undefined;
      let found;
      for (const segment of segments) {
        if (segment[0] > column) break;
        found = segment;
      }
      found ??= segments[0];
      if (!found || found[1] < 0) return undefined;
      return { source: map.sources[found[1]], name: found[2] >= 0 ? map.names[found[2]] : undefined };
    },
  };
}

/** The package (or project folder) a source path belongs to: `react-dom`, `@rjsf/utils`, `src/core/yaml`. */
export function ownerOf(source) {
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (inModules) return inModules[1];
  const project = /(?:^|\/)(src|schemas|bench)\/(.*)$/.exec(source.replace(/^(\.\.\/)+/, ''));
  if (project) {
    const parts = project[2].split('/');
    return [project[1], ...parts.slice(0, Math.min(2, parts.length - 1))].join('/');
  }
  return source;
}

/**
 * Minified bytes of a built chunk per package or project folder, from its source map: each mapped segment
 * runs to the next one on its line. Gzip does not split by source, so only the raw shares are exact.
 */
export function composition(file) {
  let map;
  let code;
  try {
    map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
    code = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const codeLines = code.split('\n');
  const bytes = new Map();
  decodeMappings(map.mappings).forEach((segments, line) => {
    const length = codeLines[line]?.length ?? 0;
    segments.forEach((segment, i) => {
      const end = segments[i + 1]?.[0] ?? length;
      const owner = segment[1] >= 0 ? ownerOf(map.sources[segment[1]]) : '(unmapped)';
      bytes.set(owner, (bytes.get(owner) ?? 0) + Math.max(0, end - segment[0]));
    });
  });
  const total = code.length;
  return [...bytes.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([owner, n]) => ({ owner, bytes: n, share: Math.round((n / total) * 1000) / 10 }));
}
