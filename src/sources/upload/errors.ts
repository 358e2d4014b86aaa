// The one shape of an import problem, shown to the partner in Dutch first and English second.
import type { Text } from '../../indicators/schema.ts';

export interface UploadError {
  file: string;
  /** 1-based row as the partner sees it in Excel (row 1 = header); null for a problem with the whole file. */
  row: number | null;
  /** Column name as written in the file's header (or the mapping when the column is missing). */
  column: string | null;
  /** The offending cell text, shortened. */
  value: string | null;
  message: Text;
}

/** A problem with the file as a whole (too large, empty, not CSV/XLSX); thrown by the readers, collected by
 *  parseUpload into an UploadError. */
export class UploadFileError extends Error {
  constructor(
    readonly text: Text,
    readonly row: number | null = null,
  ) {
    super(text.en);
    this.name = 'UploadFileError';
  }
}

/** Cell text short enough to show in a message. */
export function shorten(value: string, max = 60): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}
