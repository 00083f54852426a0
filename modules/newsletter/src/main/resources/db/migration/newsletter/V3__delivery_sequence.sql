-- Deliveries are written in bulk by one INSERT ... SELECT when sending starts; they take their
-- ids from their own sequence.
create sequence newsletter_delivery_seq start with 1 increment by 1;
