// A map of all regions of one type: d3-geo (Mercator fitted to the country) over the TopoJSON from
// /api/boundaries/{type}, drawn as SVG. Two modes:
//  - 'view': a picture (role img) whose shapes can be clicked; the ranked list next to it is the keyboard and
//    screen-reader alternative.
//  - 'select': a multi-select listbox; each shape is an option. One tab stop; arrow keys move to the nearest
//    shape in that direction, Enter or Space toggles, so gemeenten can be picked without a mouse.
import { geoMercator, geoPath } from 'd3-geo';
import { type KeyboardEvent, useMemo, useRef, useState } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { useI18n } from '../i18n/index.tsx';
import { api } from '../lib/api.ts';
import { useApi } from '../lib/http.ts';
import { Loading } from './Status.tsx';

const WIDTH = 420;
const HEIGHT = 500;

interface Shape {
  code: string;
  name: string;
  d: string;
  cx: number;
  cy: number;
}

function useShapes(type: string): { shapes: Shape[] | null; error?: Error } {
  const topology = useApi<Topology>(api.boundaries(type));
  const shapes = useMemo(() => {
    const topo = topology.data;
    if (!topo) return null;
    const key = Object.keys(topo.objects).find((k) => k.startsWith(type)) ?? Object.keys(topo.objects)[0];
    if (!key) return [];
    const collection = feature(
      topo,
      topo.objects[key] as GeometryCollection<{ statcode: string; statnaam: string }>,
    );
    const projection = geoMercator().fitExtent(
      [
        [4, 4],
        [WIDTH - 4, HEIGHT - 4],
      ],
      collection,
    );
    const path = geoPath(projection);
    return collection.features
      .map((f) => {
        const [cx, cy] = path.centroid(f);
        return {
          code: String(f.properties?.statcode ?? f.id ?? ''),
          name: String(f.properties?.statnaam ?? ''),
          d: path(f) ?? '',
          cx,
          cy,
        };
      })
      .filter((s) => s.code && s.d);
  }, [topology.data, type]);
  return { shapes, error: topology.error };
}

function nearest(shapes: Shape[], from: Shape, key: string): Shape | undefined {
  let best: Shape | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const s of shapes) {
    if (s === from) continue;
    const dx = s.cx - from.cx;
    const dy = s.cy - from.cy;
    const [along, across] =
      key === 'ArrowRight'
        ? [dx, dy]
        : key === 'ArrowLeft'
          ? [-dx, dy]
          : key === 'ArrowDown'
            ? [dy, dx]
            : [-dy, dx];
    if (along <= 0.5) continue;
    const score = along + 2.5 * Math.abs(across);
    if (score < bestScore) {
      bestScore = score;
      best = s;
    }
  }
  return best;
}

export function GeoMap({
  type,
  mode,
  label,
  fill,
  titleOf,
  selected,
  highlighted,
  onActivate,
}: {
  type: string;
  mode: 'view' | 'select';
  label: string;
  fill: (code: string) => string;
  titleOf?: (code: string, name: string) => string;
  selected?: ReadonlySet<string>;
  highlighted?: string | null;
  onActivate?: (code: string, name: string) => void;
}) {
  const { t } = useI18n();
  const { shapes, error } = useShapes(type);
  const [focused, setFocused] = useState<string | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const refs = useRef(new Map<string, SVGPathElement>());
  const byAlphabet = useMemo(
    () => (shapes ? [...shapes].sort((a, b) => a.name.localeCompare(b.name, 'nl')) : []),
    [shapes],
  );

  if (error) return <p className="jp-note">{error.message}</p>;
  if (!shapes) return <Loading />;
  const tabStop = cursor ?? byAlphabet.find((s) => selected?.has(s.code))?.code ?? byAlphabet[0]?.code;

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const current = shapes.find((s) => s.code === (focused ?? tabStop));
    if (!current) return;
    let next: Shape | undefined;
    if (event.key.startsWith('Arrow')) next = nearest(shapes, current, event.key);
    else if (event.key === 'Home') next = byAlphabet[0];
    else if (event.key === 'End') next = byAlphabet.at(-1);
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onActivate?.(current.code, current.name);
      return;
    } else return;
    event.preventDefault();
    if (next) {
      setCursor(next.code);
      refs.current.get(next.code)?.focus();
    }
  };

  const overlay = shapes.find((s) => s.code === (focused ?? highlighted));
  const select = mode === 'select';
  return (
    // biome-ignore lint/a11y/useAriaPropsSupportedByRole: an SVG listbox (role set below) supports aria-multiselectable
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      className={`jp-map jp-map--${mode}`}
      role={select ? 'listbox' : 'img'}
      aria-label={label}
      aria-multiselectable={select ? true : undefined}
      onKeyDown={select ? onKeyDown : undefined}
    >
      {shapes.map((s) => {
        const isSelected = selected?.has(s.code) ?? false;
        const title = titleOf ? titleOf(s.code, s.name) : s.name;
        return (
          // biome-ignore lint/a11y/useAriaPropsSupportedByRole: in select mode each shape is an option of the listbox
          // biome-ignore lint/a11y/noStaticElementInteractions: shapes are clickable; keyboard access via the listbox
          <path
            key={s.code}
            ref={(node) => {
              if (node) refs.current.set(s.code, node);
              else refs.current.delete(s.code);
            }}
            d={s.d}
            fill={fill(s.code)}
            className={`jp-map__shape ${isSelected ? 'jp-map__shape--selected' : ''}`}
            data-code={s.code}
            role={select ? 'option' : undefined}
            aria-selected={select ? isSelected : undefined}
            aria-label={select ? `${s.name}${isSelected ? `, ${t.indicator.selected}` : ''}` : undefined}
            tabIndex={select ? (s.code === tabStop ? 0 : -1) : undefined}
            onFocus={select ? () => setFocused(s.code) : undefined}
            onBlur={select ? () => setFocused(null) : undefined}
            onClick={() => {
              setCursor(s.code);
              onActivate?.(s.code, s.name);
            }}
          >
            {!select && <title>{title}</title>}
          </path>
        );
      })}
      {overlay && <path d={overlay.d} className="jp-map__focus" pointerEvents="none" />}
    </svg>
  );
}
