// A collaboration's area: a standard region or a set of gemeenten. From it follow its gemeenten, whether it is local
// (one gemeente) or regional (more), and whether it matches an official division exactly (seed 001 §5.3: 32 of the
// 70 regional DSVs, most often a zorgkantoorregio). Pure: the caller passes the regions and their gemeenten.

export interface RegionOfArea {
  code: string;
  name: string;
  type: string;
}

export interface DerivedArea {
  /** the standard region the area was given as, or null for a set of gemeenten */
  regionCode: string | null;
  name: string;
  gemeenten: string[];
  scope: 'lokaal' | 'regionaal';
  /** the official divisions (not gemeente, not Nederland) whose gemeenten are exactly the area's */
  matches: RegionOfArea[];
}

export interface Geography {
  region(code: string): RegionOfArea | undefined;
  membersOf(code: string): readonly string[];
  /** all standard regions of the division types an area can match */
  divisions(): RegionOfArea[];
}

export function deriveArea(
  input: { regionCode: string } | { gemeenten: string[] },
  geography: Geography,
): DerivedArea {
  const given = 'regionCode' in input ? geography.region(input.regionCode.toUpperCase()) : undefined;
  const gemeenten = given
    ? [...geography.membersOf(given.code)].sort()
    : [...(input as { gemeenten: string[] }).gemeenten].sort();
  const key = gemeenten.join(',');
  const matches =
    gemeenten.length > 1
      ? geography.divisions().filter((r) => [...geography.membersOf(r.code)].sort().join(',') === key)
      : [];
  const single = gemeenten.length === 1 ? geography.region(gemeenten[0]!) : undefined;
  return {
    regionCode: given?.code ?? null,
    name: given?.name ?? single?.name ?? `${gemeenten.length} gemeenten`,
    gemeenten,
    scope: gemeenten.length === 1 ? 'lokaal' : 'regionaal',
    matches,
  };
}
