-- The map of one indicator across all wijken or buurten (issue 17, bench/scale.bench.ts): at ~18M area
-- observations a sequential scan takes seconds; this index reads one indicator and period directly.
CREATE INDEX area_observation_indicator_idx ON area_observation(indicator_id, period);
