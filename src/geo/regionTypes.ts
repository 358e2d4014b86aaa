// The region types Juiste Plek knows. Each standard type is a division of the country into whole gemeenten.

export interface RegionTypeDefinition {
  code: string;
  name: { nl: string; en: string };
  /** Prefix of the CBS-style codes of this type (GM0363, PV27, GG3406, ZK02, AM18, VR13, LD01, NL01). */
  codePrefix: string;
  order: number;
}

export const REGION_TYPES: readonly RegionTypeDefinition[] = [
  { code: 'land', name: { nl: 'Land', en: 'Country' }, codePrefix: 'NL', order: 0 },
  { code: 'landsdeel', name: { nl: 'Landsdeel', en: 'Part of the country' }, codePrefix: 'LD', order: 1 },
  { code: 'provincie', name: { nl: 'Provincie', en: 'Province' }, codePrefix: 'PV', order: 2 },
  {
    code: 'ggdregio',
    name: { nl: 'GGD-regio', en: 'Public health service region' },
    codePrefix: 'GG',
    order: 3,
  },
  {
    code: 'zorgkantoorregio',
    name: { nl: 'Zorgkantoorregio', en: 'Care office region (Wlz)' },
    codePrefix: 'ZK',
    order: 4,
  },
  {
    code: 'arbeidsmarktregio',
    name: { nl: 'Arbeidsmarktregio', en: 'Labour market region' },
    codePrefix: 'AM',
    order: 5,
  },
  {
    code: 'veiligheidsregio',
    name: { nl: 'Veiligheidsregio', en: 'Safety region' },
    codePrefix: 'VR',
    order: 6,
  },
  { code: 'gemeente', name: { nl: 'Gemeente', en: 'Municipality' }, codePrefix: 'GM', order: 7 },
  // Parts of one gemeente (CBS Wijk- en Buurtkaart): not made of gemeenten, so never aggregated from them.
  { code: 'wijk', name: { nl: 'Wijk', en: 'District' }, codePrefix: 'WK', order: 8 },
  { code: 'buurt', name: { nl: 'Buurt', en: 'Neighbourhood' }, codePrefix: 'BU', order: 9 },
];

/** Region types that lie inside one gemeente: their values are the source's own, never sums of gemeenten. */
export const SUB_MUNICIPAL_TYPES: readonly string[] = ['wijk', 'buurt'];

export function isSubMunicipalType(type: string | undefined): boolean {
  return type !== undefined && SUB_MUNICIPAL_TYPES.includes(type);
}

/** The gemeente a CBS wijk or buurt code lies in: WK036300 and BU03630000 → GM0363 (CBS code structure). */
export function gemeenteOfArea(code: string): string | null {
  const m = /^(?:WK|BU)(\d{4})[0-9A-Z]{2}(?:[0-9A-Z]{2})?$/.exec(code);
  return m ? `GM${m[1]}` : null;
}

/** The wijk a CBS buurt code lies in: BU03630000 → WK036300, BU0363AA01 → WK0363AA. */
export function wijkOfBuurt(code: string): string | null {
  const m = /^BU(\d{4}[0-9A-Z]{2})[0-9A-Z]{2}$/.exec(code);
  return m ? `WK${m[1]}` : null;
}

export const NATIONAL_CODE = 'NL01';

/** The region types that a gemeente belongs to, in the columns of the bundle's region file. */
export const MEMBERSHIP_TYPES = [
  'provincie',
  'ggdregio',
  'zorgkantoorregio',
  'arbeidsmarktregio',
  'veiligheidsregio',
];

/** CBS landsdelen, each a fixed set of provinces (CBS definition). */
export const LANDSDELEN: Record<string, { name: string; provinces: string[] }> = {
  LD01: { name: 'Noord-Nederland', provinces: ['PV20', 'PV21', 'PV22'] },
  LD02: { name: 'Oost-Nederland', provinces: ['PV23', 'PV24', 'PV25'] },
  LD03: { name: 'West-Nederland', provinces: ['PV26', 'PV27', 'PV28', 'PV29'] },
  LD04: { name: 'Zuid-Nederland', provinces: ['PV30', 'PV31'] },
};

export function isGemeenteCode(code: string): boolean {
  return /^GM\d{4}$/.test(code);
}
