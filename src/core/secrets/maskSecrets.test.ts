import { describe, expect, test } from 'vitest';
import { minimalEdit } from '../editor/minimalEdit';
import { parseValues } from '../yaml/parseValues';
import { applyEditToMasked, maskSecrets } from './maskSecrets';

const isSecret = (pointer: string) => /(?:^|\/)(?:join_token|password|cert)$/.test(pointer);

const file = `join_token: eyJhbGci.c2ln   # from the console
global:
  charts:
    username: catalyst-bot
    password: "S3cr3t pa$$"
gateway:
  tls:
    cert: |
      -----BEGIN CERTIFICATE-----
      MIIB
`;

/** The user edits what the pane shows: `before` becomes `after`. */
function typeIn(masked: ReturnType<typeof maskSecrets>, after: string) {
  const edit = minimalEdit(masked.shown, after);
  if (!edit) throw new Error('no edit');
  return applyEditToMasked(masked, edit);
}

describe('secrets hidden in the shown text', () => {
  test('every secret value is masked, with the same length and lines; the rest reads as written', () => {
    const masked = maskSecrets(file, isSecret);
    for (const secret of ['eyJhbGci', 'S3cr3t', 'pa$$', 'BEGIN CERTIFICATE', 'MIIB']) expect(masked.shown).not.toContain(secret);
    expect(masked.shown.length).toBe(file.length);
    expect(masked.shown.split('\n').map((line) => line.length)).toEqual(file.split('\n').map((line) => line.length));
    expect(masked.shown).toContain(`join_token: ${'•'.repeat('eyJhbGci.c2ln'.length)}   # from the console`);
    expect(masked.shown).toContain('password: "•••••• ••••"');
    expect(masked.shown).toContain('username: catalyst-bot');
    expect(masked.shown).toContain('cert: |\n      •••••••••• ••••••••••••••••\n      ••••\n');
  });

  test('given the text\'s values, the same secrets are hidden; a text whose secrets are all empty is shown as written', () => {
    const parsed = parseValues(file);
    if (!parsed.ok) throw new Error('the file must parse');
    expect(maskSecrets(file, isSecret, parsed.values)).toEqual(maskSecrets(file, isSecret));
    // A secret reached only through an alias is found through the values too.
    const aliased = 'anchors:\n  shared: &s hunter2\nglobal:\n  charts:\n    password: *s\n';
    const aliasedValues = parseValues(aliased);
    if (!aliasedValues.ok) throw new Error('the aliased file must parse');
    expect(maskSecrets(aliased, isSecret, aliasedValues.values)).toEqual(maskSecrets(aliased, isSecret));
    const plain = 'join_token: ""\ngateway:\n  tls:\n    existingSecret: edge\n';
    expect(maskSecrets(plain, isSecret, { join_token: '', gateway: { tls: { existingSecret: 'edge' } } }).shown).toBe(plain);
  });

  test('a file with a syntax error elsewhere still hides its secrets', () => {
    expect(maskSecrets('join_token: abc123\nglobal: [oops\n', isSecret).shown).not.toContain('abc123');
  });

  test('an edit on another line keeps the secret', () => {
    const masked = maskSecrets(file, isSecret);
    const edited = typeIn(masked, masked.shown.replace('catalyst-bot', 'ci-bot'));
    expect(edited.real).toBe(file.replace('catalyst-bot', 'ci-bot'));
    expect(edited.shown).not.toContain('S3cr3t');
    const newLine = typeIn(masked, masked.shown.replace('# from the console\n', '# from the console\n\n'));
    expect(newLine.real).toBe(file.replace('# from the console\n', '# from the console\n\n'));
  });

  test('typing over a masked value replaces the whole secret with what was typed; no mask is saved', () => {
    const masked = maskSecrets(file, isSecret);
    const selectedAndTyped = typeIn(masked, masked.shown.replace(/join_token: •+/, 'join_token: new-token'));
    expect(selectedAndTyped.real).toContain('join_token: new-token   # from the console');
    expect(selectedAndTyped.real).not.toContain('eyJhbGci');

    const typedInside = typeIn(masked, masked.shown.replace('"•••••• ••••"', '"•••x••• ••••"'));
    expect(typedInside.real).toContain('password: "x"');
    expect(typedInside.shown).toContain('password: "x"');
    expect(typedInside.real).not.toContain('•');
    // The other secrets are untouched.
    expect(typedInside.real).toContain('join_token: eyJhbGci.c2ln');
    expect(typedInside.real).toContain('MIIB');
  });

  test('a second edit after typing over a secret lands in the right place', () => {
    const masked = maskSecrets(file, isSecret);
    const first = typeIn(masked, masked.shown.replace(/join_token: •+/, 'join_token: t'));
    const second = typeIn(first, first.shown.replace('catalyst-bot', 'ci-bot'));
    expect(second.real).toBe(file.replace('eyJhbGci.c2ln', 't').replace('catalyst-bot', 'ci-bot'));
  });
});
