-- BaRS status updates given up on (the partner refused them for good) hold the person's NHS number
-- like delivered ones; the scheduler deletes them once bars.given-up-retention-days have passed
-- since they were given up on (BarsJobs.purgePastRetention). As V25's index does for delivered
-- ones, this keeps that delete from reading the rest of the outbox every round.
create index notification_bars_given_up on notification (given_up_at)
  where channel = 'BARS' and given_up_at is not null;
