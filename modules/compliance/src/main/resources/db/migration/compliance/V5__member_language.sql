-- The language a company member chose when registering or joining (en or es); null when unknown,
-- in which case e-mails to the member carry both languages.
alter table compliance_member add column lang varchar(2);
