// Neutral notices: what could not be shown and why, without the red of an error. A mistyped code or a period
// without figures is a normal situation; the page says so and offers the way on.
import type { ReactNode } from 'react';
import { Link } from '../router.tsx';
import { useRegiobeeldTexts } from './texts.ts';
import './regiobeeld.css';

export function Notice({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="jp-notice" role="status" aria-label={title}>
      <h2 className="jp-notice__title">{title}</h2>
      {children}
    </section>
  );
}

export function SkippedNotice({
  items,
  onRemove,
}: {
  items: { code: string; reason: string }[];
  onRemove?: () => void;
}) {
  const rt = useRegiobeeldTexts();
  return (
    <Notice title={rt.skippedTitle}>
      <p className="utrecht-paragraph">{rt.skipped(items.length)}</p>
      <ul className="jp-notice__list">
        {items.map((item) => (
          <li key={item.code}>{item.reason}</li>
        ))}
      </ul>
      {onRemove && (
        <button
          type="button"
          className="utrecht-button utrecht-button--subtle jp-button-small"
          onClick={onRemove}
        >
          {rt.removeSkipped}
        </button>
      )}
    </Notice>
  );
}

/** A period without figures: say so, and link to the periods that have them and to the latest figures. */
export function PeriodNotice({
  title,
  message,
  periods,
  label,
  hrefOf,
}: {
  title: string;
  message: string;
  periods: string[];
  label: (period: string) => string;
  /** The address of the page for a period (null: the latest). */
  hrefOf: (period: string | null) => string;
}) {
  const rt = useRegiobeeldTexts();
  return (
    <Notice title={title}>
      <p className="utrecht-paragraph">{message}</p>
      <ul className="jp-notice__periods">
        <li>
          <Link href={hrefOf(null)} className="utrecht-link">
            {rt.periodLatest}
          </Link>
        </li>
        {periods.map((p) => (
          <li key={p}>
            <Link href={hrefOf(p)} className="utrecht-link">
              {label(p)}
            </Link>
          </li>
        ))}
      </ul>
    </Notice>
  );
}
