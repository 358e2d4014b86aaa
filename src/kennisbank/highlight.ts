// ts_headline marks matches with two characters that cannot be typed into an item (they are stripped on input);
// this turns its answer into segments that a page renders as <mark>, never as HTML. Pure.

export const MARK_START = '\u27E6';
export const MARK_END = '\u27E7';

export interface Segment {
  text: string;
  mark: boolean;
}

/** Removes the marker characters from text that is stored (so a marked answer is unambiguous). */
export const stripMarkers = (text: string) => text.replaceAll(MARK_START, '').replaceAll(MARK_END, '');

export function segments(headline: string): Segment[] {
  const out: Segment[] = [];
  let rest = headline;
  while (rest.length > 0) {
    const start = rest.indexOf(MARK_START);
    if (start < 0) {
      out.push({ text: rest, mark: false });
      break;
    }
    if (start > 0) out.push({ text: rest.slice(0, start), mark: false });
    const end = rest.indexOf(MARK_END, start + 1);
    const marked = end < 0 ? rest.slice(start + 1) : rest.slice(start + 1, end);
    if (marked) out.push({ text: marked, mark: true });
    rest = end < 0 ? '' : rest.slice(end + 1);
  }
  return out;
}
