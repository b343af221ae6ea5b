-- Delivered BaRS status updates hold the person's NHS number in their body; the scheduler deletes
-- them once bars.retention-days have passed since they were delivered (BarsJobs.purgeDelivered).
-- This index keeps that delete from reading the rest of the outbox every round.
create index notification_bars_delivered on notification (sent_at)
  where channel = 'BARS' and sent_at is not null;
