-- Nothing to undo: V4 set drifted counts to the truth, and the drifted values are not worth restoring.
select 1;
