-- Consent sources become codes (FORM, API, IMPORT, PHONE_CALL, WECHAT, STORE, EMAIL, OTHER), shown by name in the
-- viewer's language. Free text recorded before cannot be read reliably as a code, so it becomes OTHER.
update customer_consent set source = 'OTHER'
where source not in ('FORM', 'API', 'IMPORT', 'PHONE_CALL', 'WECHAT', 'STORE', 'EMAIL', 'OTHER');

-- Each customer's RFM cell as of the last tier evaluation (quintiles 1-5 and their sum 3-15), replaced by every
-- evaluation, so that segment rules can select by it. Customers without a purchase have no row.
create table customer_rfm (
    customer     bigint not null primary key references customer (id) on delete cascade,
    rfm_r        int not null,
    rfm_f        int not null,
    rfm_m        int not null,
    rfm_score    int not null,
    evaluated_at timestamp with time zone not null
);
create index customer_rfm_score_ix on customer_rfm (rfm_score);
