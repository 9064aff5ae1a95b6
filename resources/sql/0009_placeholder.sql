-- Placeholder on branch h-bank only: 0009 is 0009_standard_change.sql of branch h-pstd.
-- The migration runner refuses a gap, so this file stands in for it until the merge;
-- the integrator drops it (0010_bank.sql does not depend on 0009).
SELECT 1;
