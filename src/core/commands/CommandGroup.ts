export interface Command {
  label: string;
  /** Shell text to copy as is; may span lines joined with ` \`. */
  text: string;
}

export interface CommandGroup {
  id: string;
  title: string;
  note?: string;
  commands: Command[];
}
