WITH src AS (
  SELECT `seq` AS line, unix_millis(`ts`) AS ms, `amount` AS amount,
    `to_id` AS recipient, CASE WHEN `from_id` <> '' THEN `from_id` END AS sender_id,
    CASE WHEN `to_id` <> '' THEN `to_id` END AS recipient_id
  FROM `log`
),
checked AS (
  SELECT src.*, NULLIF(CONCAT_WS(',', CASE WHEN ms IS NULL OR ms < -8640000000000000 OR ms > 8640000000000000 THEN 'invalid_instant' END, CASE WHEN amount IS NULL OR amount < 1 OR amount > 9007199254740991 OR amount <> FLOOR(amount) THEN 'invalid_amount' END, CASE WHEN sender_id IS NULL THEN 'invalid_input' END, CASE WHEN recipient IS NOT NULL AND recipient_id IS NULL THEN 'invalid_input' END), '') AS invalid_codes
  FROM src
),
localised AS (
  SELECT line, ms, amount, sender_id, recipient_id, ms + CASE WHEN ms < -1948782180000 THEN 30180000 WHEN ms < -1830414600000 THEN 30600000 WHEN ms < 1439564400000 THEN 32400000 WHEN ms < 1525446000000 THEN 30600000 ELSE 32400000 END AS local_ms
  FROM checked WHERE invalid_codes IS NULL
),
dated AS (
  SELECT line, ms, amount, sender_id, recipient_id, (local_ms - ((local_ms % 86400000) + 86400000) % 86400000) div 86400000 AS day
  FROM localised
),
counted AS (
  SELECT dated.*, EXTRACT(YEAR FROM date_add(DATE '1970-01-01', CAST(day AS INT))) * 12 + EXTRACT(MONTH FROM date_add(DATE '1970-01-01', CAST(day AS INT))) AS month
  FROM dated
),
judged AS (
  SELECT counted.*, COUNT(*) OVER (PARTITION BY sender_id ORDER BY ms RANGE BETWEEN 86399999 PRECEDING AND CURRENT ROW) - COUNT(*) OVER (PARTITION BY sender_id, ms ORDER BY line ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS earlier_count,
    SUM(amount) OVER (PARTITION BY sender_id ORDER BY ms RANGE BETWEEN 86399999 PRECEDING AND CURRENT ROW) - SUM(amount) OVER (PARTITION BY sender_id, ms ORDER BY line ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS earlier_total,
    NULL AS to_recipient
  FROM counted
),
policed AS (
  SELECT judged.*, date_add(DATE '1970-01-01', CAST(day AS INT)) AS pyongyang_day,
    'ROLLING_24H' AS policy_id,
    18421 AS effective_day,
    1 AS max_transfers,
    500 AS max_amount_won,
    NULL AS monthly_max
  FROM judged
),
verdicts AS (
  SELECT line, pyongyang_day, policy_id, day < effective_day AS before_policy_report,
    NULLIF(CONCAT_WS(',',
      CASE WHEN earlier_count + 1 > max_transfers THEN 'daily_count_exhausted' END,
      CASE WHEN earlier_total + amount > max_amount_won THEN 'daily_amount_exceeded' END,
      NULL), '') AS codes
  FROM policed
)
SELECT line, CASE WHEN codes IS NULL THEN 'clean' ELSE 'violating' END AS verdict, codes,
  pyongyang_day, policy_id, before_policy_report
FROM verdicts
UNION ALL
SELECT line, 'invalid' AS verdict, invalid_codes AS codes, NULL AS pyongyang_day,
  NULL AS policy_id, NULL AS before_policy_report
FROM checked WHERE invalid_codes IS NOT NULL
ORDER BY line
