-- The publications module's schema history starts here; its tables arrive with its features.
select 1;
