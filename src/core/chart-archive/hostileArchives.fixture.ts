import { chartEntries, concat, paxPath, streamedGzip, tarEntry, tarHeader, tgz } from './tarFixture';

/**
 * Chart archives made to hurt whoever opens them, each with the words the studio's refusal must contain.
 * Built on demand (the bombs take a moment), the same for the unit tests, the page's tests and the CLI's.
 */
interface HostileArchive {
  title: string;
  /** The file name the user would have: never where the chart's name comes from. */
  fileName: string;
  build: () => Uint8Array;
  /** What the message says: the limit or the rule, in the user's words. */
  refusal: RegExp;
}

const MB = 1024 * 1024;
const zeros = new Uint8Array(MB);

/** Entries written into a gzip stream one by one, ending with the tar end marker. */
function streamedTgz(write: (entry: (bytes: Uint8Array) => void) => void): Uint8Array {
  return streamedGzip((push) => {
    write(push);
    push(new Uint8Array(1024));
  });
}

/** Each archive is built once per test process, however many tests bring it. */
function once(build: () => Uint8Array): () => Uint8Array {
  let built: Uint8Array | undefined;
  return () => (built ??= build());
}

export const hostileArchives: readonly HostileArchive[] = [
  {
    title: 'a gzip bomb: eleven 5 MB files of zeros, 55 MB unpacked from about 60 KB',
    fileName: 'bomb-1.0.0.tgz',
    build: once(() =>
      streamedTgz((push) => {
        push(tarEntry({ name: 'bomb/Chart.yaml', data: 'name: bomb\nversion: 1.0.0\n' }));
        for (let file = 0; file < 11; file++) {
          push(tarHeader({ name: `bomb/files/zeros-${file}.bin` }, 5 * MB));
          for (let part = 0; part < 5; part++) push(zeros);
        }
      })),
    refusal: /unpacks to more than 50\.0 MB/,
  },
  {
    title: 'a hundred thousand entries',
    fileName: 'many-1.0.0.tgz',
    build: once(() =>
      streamedTgz((push) => {
        push(tarEntry({ name: 'many/Chart.yaml', data: 'name: many\nversion: 1.0.0\n' }));
        // A thousand headers per push: the gzip stream is slow with tiny pieces.
        for (let batch = 0; batch < 100; batch++) {
          push(concat(Array.from({ length: 1000 }, (_, file) => tarHeader({ name: `many/templates/f${batch * 1000 + file}.yaml` }, 0))));
        }
      })),
    refusal: /more than 10,000 files and folders/,
  },
  {
    title: 'a single 200 MB file',
    fileName: 'huge-1.0.0.tgz',
    build: once(() =>
      streamedTgz((push) => {
        push(tarEntry({ name: 'huge/Chart.yaml', data: 'name: huge\nversion: 1.0.0\n' }));
        push(tarHeader({ name: 'huge/templates/huge.yaml' }, 200 * MB));
        for (let part = 0; part < 200; part++) push(zeros);
      })),
    refusal: /"huge\/templates\/huge\.yaml" is 200\.0 MB; the studio reads chart files up to 5\.0 MB/,
  },
  {
    title: 'folders nested two hundred deep',
    fileName: 'deep-1.0.0.tgz',
    build: () => tgz([...chartEntries('deep'), paxPath(`deep/${'a/'.repeat(200)}values.yaml`), { name: 'deep/placeholder', data: 'x: 1\n' }]),
    refusal: /nested 201 folders deep; the studio reads charts nested up to 32 folders deep/,
  },
  {
    title: 'a name that climbs out of the chart (..)',
    fileName: 'climb-1.0.0.tgz',
    build: () => tgz([...chartEntries('climb'), { name: 'climb/../../../../etc/cron.d/evil', data: '* * * * * root true\n' }]),
    refusal: /"climb\/\.\.\/\.\.\/\.\.\/\.\.\/etc\/cron\.d\/evil" climbs out of its folder/,
  },
  {
    title: 'an absolute path',
    fileName: 'absolute-1.0.0.tgz',
    build: () => tgz([...chartEntries('absolute'), { name: '/etc/passwd', data: 'root:x:0:0::/root:/bin/sh\n' }]),
    refusal: /"\/etc\/passwd" is an absolute path/,
  },
  {
    title: 'a backslash in a name',
    fileName: 'backslash-1.0.0.tgz',
    build: () => tgz([...chartEntries('backslash'), { name: 'backslash\\..\\..\\evil.yaml', data: 'a: 1\n' }]),
    refusal: /has a backslash in its name/,
  },
  {
    title: 'a NUL byte in a name',
    fileName: 'nul-1.0.0.tgz',
    build: () => tgz([...chartEntries('nul'), paxPath('nul/values.yaml\0.png'), { name: 'nul/placeholder', data: 'a: 1\n' }]),
    refusal: /has a NUL byte in its name/,
  },
  {
    title: 'a symbolic link',
    fileName: 'symlink-1.0.0.tgz',
    build: () => tgz([...chartEntries('symlink').filter((entry) => !entry.name.endsWith('schema.json')), { name: 'symlink/values.schema.json', type: '2', linkName: '/etc/passwd' }]),
    refusal: /"symlink\/values\.schema\.json" is a symbolic link \(to "\/etc\/passwd"\); the studio never follows links/,
  },
  {
    title: 'a hard link',
    fileName: 'hardlink-1.0.0.tgz',
    build: () => tgz([...chartEntries('hardlink'), { name: 'hardlink/templates/secret.yaml', type: '1', linkName: '../../../etc/shadow' }]),
    refusal: /is a hard link/,
  },
  {
    title: 'the same file twice',
    fileName: 'twice-1.0.0.tgz',
    build: () => tgz([...chartEntries('twice'), { name: 'twice/values.schema.json', data: '{"type":"object","properties":{"evil":{"type":"string"}}}' }]),
    refusal: /holds "twice\/values\.schema\.json" twice/,
  },
];


/** Well-formed archives whose schema is made to hang, overflow or reach out: refused once the schema is read. */
export const hostileSchemaArchives: readonly HostileArchive[] = [
  {
    title: 'a $ref cycle',
    fileName: 'cycle-1.0.0.tgz',
    build: () =>
      tgz(
        chartEntries('cycle', {
          type: 'object',
          definitions: { a: { allOf: [{ $ref: '#/definitions/b' }] }, b: { $ref: '#/definitions/a' } },
          properties: { replicas: { $ref: '#/definitions/a' } },
        }),
      ),
    refusal: /refers to itself in a loop \(#\/definitions\/b → #\/definitions\/a → .* → #\/definitions\/b\) without moving on to a part of the value/,
  },
  {
    title: 'a schema nested ten thousand levels deep',
    fileName: 'nested-1.0.0.tgz',
    build: () => tgz([...chartEntries('nested').filter((entry) => !entry.name.endsWith('schema.json')), { name: 'nested/values.schema.json', data: `${'{"properties":{"a":'.repeat(5000)}{}${'}}'.repeat(5000)}` }]),
    refusal: /nests more than 128 levels deep/,
  },
  {
    title: 'a remote $ref',
    fileName: 'remote-1.0.0.tgz',
    build: () => tgz(chartEntries('remote', { type: 'object', properties: { replicas: { $ref: 'https://schemas.example.com/replicas.json' } } })),
    refusal: /refers to "https:\/\/schemas\.example\.com\/replicas\.json", outside itself; the studio never fetches anything/,
  },
  {
    title: 'references that fan out to millions of checks',
    fileName: 'fanout-1.0.0.tgz',
    build: () => {
      const definitions: Record<string, unknown> = { d24: { type: 'integer' } };
      for (let level = 0; level < 24; level++) definitions[`d${level}`] = { allOf: [{ $ref: `#/definitions/d${level + 1}` }, { $ref: `#/definitions/d${level + 1}` }] };
      return tgz(chartEntries('fanout', { type: 'object', definitions, properties: { replicas: { $ref: '#/definitions/d0' } } }));
    },
    refusal: /judge one value more than 10,000 times/,
  },
];

/** Markup and script in every text a chart carries: its name, titles, descriptions, annotations, NOTES.txt. */
export const markup = {
  name: 'x<img src=x onerror=alert(1)>',
  title: 'Replicas <img src=x onerror="document.title=\'pwned\'">',
  description: 'See [the docs](javascript:alert(1)) <script>alert(1)</script> **now**',
} as const;

/** Charts the studio opens, whose contents try to run code or to stall the page. */
export const hostileUsableArchives = {
  markup: {
    title: 'script and markup in the chart\'s name, titles and descriptions',
    fileName: 'markup-1.0.0.tgz',
    build: () =>
      tgz([
        { name: 'markup/Chart.yaml', data: `apiVersion: v2\nname: "${markup.name}"\nversion: 1.0.0\nannotations:\n  note: "<script>alert(1)</script>"\n` },
        { name: 'markup/values.yaml', data: '# <script>alert(1)</script>\nreplicas: 1\n' },
        { name: 'markup/values.schema.json', data: JSON.stringify({ type: 'object', properties: { replicas: { type: 'integer', title: markup.title, description: markup.description } } }) },
        { name: 'markup/templates/NOTES.txt', data: '<script>alert(1)</script>\n' },
        { name: 'markup/README.md', data: '<img src=x onerror=alert(1)>\n' },
      ]),
  },
  redos: {
    title: 'a pattern built for catastrophic backtracking, and a value that triggers it',
    fileName: 'redos-1.0.0.tgz',
    /** Fifty a's and a "!": JavaScript's engine would take longer than the age of the universe on `^(a+)+$`. */
    value: `${'a'.repeat(50)}!`,
    build: () => tgz(chartEntries('redos', { type: 'object', properties: { name: { type: 'string', title: 'Release name', pattern: '^(a+)+$' } } }, `name: ${'a'.repeat(50)}!\n`)),
  },
} as const;

const titledSchema = { type: 'object', properties: { replicas: { type: 'integer', title: 'Replicas' } } };

/** Well-formed charts whose templates never end or print without end: Helm's engine is stopped by its limits. */
export const hostileTemplateArchives: readonly HostileArchive[] = [
  {
    // Ten billion steps in small lists: past any time limit on any machine, without the memory one long list takes.
    title: 'a range over ten billion steps',
    fileName: 'endless-1.0.0.tgz',
    build: () => tgz([...chartEntries('endless', titledSchema), { name: 'endless/templates/loop.yaml', data: '{{ range until 100000 }}{{ range until 100000 }}{{ end }}{{ end }}\n' }]),
    refusal: /did not finish rendering this chart within (10|30) s/,
  },
  {
    title: 'an include that includes itself',
    fileName: 'recursive-1.0.0.tgz',
    build: () => tgz([...chartEntries('recursive'), { name: 'recursive/templates/_self.tpl', data: '{{ define "self" }}{{ include "self" . }}{{ end }}\n' }, { name: 'recursive/templates/use.yaml', data: '{{ include "self" . }}\n' }]),
    refusal: /rendering template has a nested reference name: self|did not finish rendering this chart within (10|30) s/,
  },
  {
    title: 'a tpl that expands into itself',
    fileName: 'tpl-1.0.0.tgz',
    build: () =>
      tgz([
        ...chartEntries('tpl', { type: 'object' }, 'again: "{{ tpl .Values.again . }}"\n'),
        { name: 'tpl/templates/tpl.yaml', data: '{{ tpl .Values.again . }}\n' },
      ]),
    // Each expansion nests a call, so a fast machine runs out of stack before the time limit does.
    refusal: /did not finish rendering this chart within (10|30) s|engine (has )?stopped: Maximum call stack size exceeded/,
  },
  {
    title: 'hundreds of megabytes of output',
    fileName: 'output-1.0.0.tgz',
    build: () => tgz([...chartEntries('output', titledSchema), { name: 'output/templates/big.yaml', data: '# {{ range until 4000 }}{{ repeat 100000 "x" }}{{ end }}\n' }]),
    refusal: /output for this chart passed 32 MB|did not finish rendering this chart within (10|30) s/,
  },
];
