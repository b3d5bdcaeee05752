-- The feed's entries do not go back to catalog: a downgrade past this step empties the feed (it refills from events
-- published after the upgrade only).
drop table feeds;
drop table store_activity;
