// The scrolling box around a wide table: focusable and named by the table's caption, so a keyboard user can scroll
// it on a narrow screen (axe: scrollable-region-focusable).
import type { ReactNode } from 'react';

export function TableScroll({ captionId, children }: { captionId: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="jp-table-scroll" tabIndex={0} aria-labelledby={captionId}>
      {children}
    </section>
  );
}
