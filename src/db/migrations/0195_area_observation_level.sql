-- A wijk's profile reads the wijken of its gemeente, a buurt's the buurten (issue 17): an index on the gemeente and
-- the level (the code's prefix, WK or BU) reads only those rows. With the gemeente alone, a large gemeente's wijken
-- (Amsterdam: 110,000 of 18M rows at national scale) were estimated too many for the index and read by a
-- sequential scan of the whole table (1.7–5.8 s).
CREATE INDEX area_observation_level_idx ON area_observation(gemeente_code, (left(region_code, 2)));
