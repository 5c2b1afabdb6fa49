WITH src AS (
  SELECT "line" AS line, "at" AS ms, "amount" AS amount,
    "recipient" AS recipient, "sender" AS sender_id,
    "recipient" AS recipient_id
  FROM "transfers"
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
  SELECT line, ms, amount, sender_id, recipient_id, (local_ms - ((local_ms % 86400000) + 86400000) % 86400000) // 86400000 AS day
  FROM localised
),
counted AS (
  SELECT dated.*, EXTRACT(YEAR FROM (DATE '1970-01-01' + CAST(day AS INTEGER))) * 12 + EXTRACT(MONTH FROM (DATE '1970-01-01' + CAST(day AS INTEGER))) AS month
  FROM dated
),
judged AS (
  SELECT counted.*, ROW_NUMBER() OVER (PARTITION BY sender_id, day ORDER BY ms, line) - 1 AS earlier_count,
    COALESCE(SUM(amount) OVER (PARTITION BY sender_id, day ORDER BY ms, line ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS earlier_total,
    CASE WHEN recipient_id IS NOT NULL THEN ROW_NUMBER() OVER (PARTITION BY sender_id, recipient_id, month ORDER BY ms, line) - 1 END AS to_recipient
  FROM counted
),
policed AS (
  SELECT judged.*, (DATE '1970-01-01' + CAST(day AS INTEGER)) AS pyongyang_day,
    CASE WHEN day >= 19214 THEN 'LIMITS_2022' ELSE 'DAILY_CAP_2020' END AS policy_id,
    CASE WHEN day >= 19214 THEN 19214 ELSE 18421 END AS effective_day,
    CASE WHEN day >= 19214 THEN 1 ELSE 1 END AS max_transfers,
    CASE WHEN day >= 19214 THEN 500 ELSE 500 END AS max_amount_won,
    CASE WHEN day >= 19214 THEN 1 ELSE NULL END AS monthly_max
  FROM judged
),
verdicts AS (
  SELECT line, pyongyang_day, policy_id, day < effective_day AS before_policy_report,
    NULLIF(CONCAT_WS(',',
      CASE WHEN earlier_count + 1 > max_transfers THEN 'daily_count_exhausted' END,
      CASE WHEN earlier_total + amount > max_amount_won THEN 'daily_amount_exceeded' END,
      CASE WHEN monthly_max IS NULL THEN NULL WHEN recipient_id IS NULL THEN 'missing_recipient' WHEN to_recipient + 1 > monthly_max THEN 'recipient_monthly_exhausted' END), '') AS codes
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
