/** Replace the characters `from`..`to` (UTF-16 offsets, `to` exclusive) of a text with `insert`. */
export interface TextEdit {
  from: number;
  to: number;
  insert: string;
}
