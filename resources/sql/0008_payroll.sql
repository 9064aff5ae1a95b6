-- PLACEHOLDER on branch h-pstd only: schema 8 is h-pcore's 0008_payroll.sql (issue 11).
-- It exists here so that 0009_standard_change.sql has no gap; when h-pcore is merged,
-- take h-pcore's file (this one is replaced whole).
SELECT 1;
