-- A migration whose undo twin was forgotten.
alter table users add column note text;
