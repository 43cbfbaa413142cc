-- what the offer engine recommends for an open application: APPROVE, REFER or DECLINE (queue column)
ALTER TABLE application ADD COLUMN recommended_decision VARCHAR(16);
