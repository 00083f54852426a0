-- Test module fixture: nothing to create.
select 1;
