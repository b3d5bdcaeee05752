-- Nothing to undo: V5 set drifted counts to the truth, and the drifted values are not worth restoring.
select 1;
