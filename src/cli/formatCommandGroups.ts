import type { CommandGroup } from '../core/commands/CommandGroup';

/**
 * The groups as one shell script: titles, notes and labels are comments, so the output can be read,
 * or saved and run section by section. Egress entries are addresses, not commands: they stay comments.
 */
export function formatCommandGroups(groups: readonly CommandGroup[]): string {
  const out: string[] = [];
  for (const group of groups) {
    out.push(`# ── ${group.title} ──`);
    if (group.note) out.push(...group.note.split('\n').map((line) => `# ${line}`));
    if (group.id === 'egress') {
      for (const c of group.commands) out.push(`#   ${c.text.padEnd(48)} ${c.label}`);
    } else {
      for (const c of group.commands) out.push('', `# ${c.label}`, c.text);
    }
    out.push('');
  }
  return out.join('\n');
}
