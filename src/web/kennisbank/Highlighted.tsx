// Text with the search matches marked; the segments come from the API, so nothing is parsed as HTML.
import type { Segment } from '../../kennisbank/schema.ts';

export function Highlighted({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.mark ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity beyond their order
          <mark key={i} className="jp-kb-mark">
            {s.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
