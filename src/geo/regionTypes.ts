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
];

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
