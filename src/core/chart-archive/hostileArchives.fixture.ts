import { chartEntries, concat, paxPath, streamedGzip, tarEntry, tarHeader, tgz } from './tarFixture';

/**
 * Chart archives made to hurt whoever opens them, each with the words the studio's refusal must contain.
 * Built on demand (the bombs take a moment), the same for the unit tests, the page's tests and the CLI's.
 */
export interface HostileArchive {
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

