drop table event_publication;
