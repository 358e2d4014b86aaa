// Collaborations by area: a map of the number of collaborations per gemeente, and the list as its alternative
// (keyboard and screen readers, and the exact areas). Used on the register and on the national overview.
import { useMemo } from 'react';
import { DataTable } from '../components/DataTable.tsx';
import { GeoMap } from '../components/GeoMap.tsx';
import { Link } from '../router.tsx';
import { type CollaborationListItem, pagePath } from './common.tsx';
import { useDsvTexts } from './texts.ts';

const SHADES = ['#e8eef6', '#b3c7e0', '#6f94c2', '#2f5f9a', '#154273'];

export function CollaborationMap({ collaborations }: { collaborations: CollaborationListItem[] }) {
  const { d, href } = useDsvTexts();
  const perGemeente = useMemo(() => {
    const counts = new Map<string, number>();
    for (const c of collaborations) for (const g of c.area.gemeenten) counts.set(g, (counts.get(g) ?? 0) + 1);
    return counts;
  }, [collaborations]);
  const max = Math.max(1, ...perGemeente.values());
  const fill = (code: string) => {
    const n = perGemeente.get(code) ?? 0;
    return n === 0
      ? '#d9d9d9'
      : SHADES[Math.min(SHADES.length - 1, Math.floor(((n - 1) / max) * SHADES.length))]!;
  };
  return (
    <>
      <section aria-labelledby="dsv-map">
        <h2 id="dsv-map" className="utrecht-heading-2">
          {d.mapTitle}
        </h2>
        <div className="jp-dsv-map">
          <GeoMap
            type="gemeente"
            mode="view"
            label={d.mapLabel(collaborations.length)}
            fill={fill}
            titleOf={(code, name) => d.mapTitleOf(name, perGemeente.get(code) ?? 0)}
          />
        </div>
        <p className="utrecht-paragraph jp-muted">{d.mapLegend}</p>
      </section>
      <section aria-labelledby="dsv-list">
        <h2 id="dsv-list" className="utrecht-heading-2">
          {d.listTitle}
        </h2>
        {collaborations.length === 0 ? (
          <p className="utrecht-paragraph">{d.empty}</p>
        ) : (
          <DataTable
            caption={d.listCaption(collaborations.length)}
            rows={collaborations}
            rowKey={(c) => c.id}
            columns={[
              {
                key: 'name',
                header: d.name,
                rowHeader: true,
                cell: (c) => (
                  <Link href={href(pagePath.one(c.id))} className="utrecht-link">
                    {c.name}
                  </Link>
                ),
              },
              { key: 'area', header: d.area, cell: (c) => `${c.area.name} (${d.scope[c.area.scope]})` },
              { key: 'start', header: d.startYear, cell: (c) => c.startYear, numeric: true },
              { key: 'orgs', header: d.organisations, cell: (c) => c.organisations, numeric: true },
              { key: 'status', header: d.status, cell: (c) => d.statusLabel[c.status] },
            ]}
          />
        )}
      </section>
    </>
  );
}
