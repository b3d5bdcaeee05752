drop table seller_preferences;
drop table mails;
