-- A company owner may share a submitted assessment with the coalition's staff and revoke it later.
-- Staff see an assessment only while shared_at is set and share_revoked_at is not.
alter table compliance_assessment add column shared_at timestamp with time zone;
alter table compliance_assessment add column shared_by varchar(80);
alter table compliance_assessment add column share_revoked_at timestamp with time zone;
alter table compliance_assessment add column share_revoked_by varchar(80);
create index compliance_assessment_shared on compliance_assessment(shared_at);
