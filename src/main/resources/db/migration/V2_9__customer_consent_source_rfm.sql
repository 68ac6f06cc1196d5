-- Consent sources become codes (FORM, API, IMPORT, PHONE_CALL, WECHAT, STORE, EMAIL, OTHER), shown by name in the
-- viewer's language. Free text recorded before cannot be read reliably as a code, so it becomes OTHER.
update customer_consent set source = 'OTHER'
where source not in ('FORM', 'API', 'IMPORT', 'PHONE_CALL', 'WECHAT', 'STORE', 'EMAIL', 'OTHER');
