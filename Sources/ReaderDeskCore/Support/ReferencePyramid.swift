/// The pyramid of docs/CONTRACTS.md §1–2 with the default settings, written directly in plain SQL
/// over the usage detail: the reference that the tests hold the fast path to, and that the
/// benchmark runs in the `sqlite3` shell. Kept out of the app's own path on purpose.
public enum ReferencePyramid {
    /// Every active reader of [start, end) as `card, score, tier`, best first.
    public static func readersSQL(start: Int64, end: Int64) -> String {
        ranked(start: start, end: end) + """
            SELECT card, score, \(tier) AS tier FROM k, n ORDER BY k
            """
    }

    /// Only `tier, count` in tier order: small output, but no part of the ranking can be skipped.
    public static func tierCountsSQL(start: Int64, end: Int64) -> String {
        ranked(start: start, end: end) + """
            SELECT \(tier) AS tier, count(*) FROM k, n GROUP BY tier ORDER BY min(k);
            """
    }

    /// k ≤ ⌈p·n/100⌉ in integers.
    static let tier = """
        CASE WHEN k <= (1 * n + 99) / 100 THEN 'vip' WHEN k <= (5 * n + 99) / 100 THEN 'key' \
        WHEN k <= (20 * n + 99) / 100 THEN 'mid' ELSE 'basic' END
        """

    /// The components, percent ranks, score and positions (`k`) as common table expressions.
    /// The bounds are integers, so writing them into the text is safe.
    static func ranked(start: Int64, end: Int64) -> String {
        """
        WITH ev AS (SELECT reader_id, service_id, at, quantity FROM usage WHERE at >= \(start) AND at < \(end)),
        rfm AS (SELECT ev.reader_id, max(ev.at) AS R, sum(ev.quantity) AS F, sum(ev.quantity * service.points) AS M
                FROM ev JOIN service ON service.id = ev.service_id GROUP BY ev.reader_id),
        breadth AS (SELECT d.reader_id,
                           sum(CASE service.class WHEN 'premium' THEN 3 WHEN 'standard' THEN 2 ELSE 1 END) AS S
                    FROM (SELECT DISTINCT reader_id, service_id FROM ev) AS d JOIN service ON service.id = d.service_id
                    GROUP BY d.reader_id),
        c AS (SELECT reader.card, rfm.R, rfm.F, rfm.M, breadth.S,
                     CASE reader.type WHEN 'faculty' THEN 5 WHEN 'researcher' THEN 5 WHEN 'postgraduate' THEN 4
                          WHEN 'staff' THEN 3 WHEN 'undergraduate' THEN 2 ELSE 1 END AS T
              FROM rfm JOIN breadth ON breadth.reader_id = rfm.reader_id JOIN reader ON reader.id = rfm.reader_id),
        n AS (SELECT count(*) AS n FROM c),
        p AS (SELECT card,
                     CASE WHEN n = 1 THEN 1.0 ELSE percent_rank() OVER (ORDER BY R) END AS pr_r,
                     CASE WHEN n = 1 THEN 1.0 ELSE percent_rank() OVER (ORDER BY F) END AS pr_f,
                     CASE WHEN n = 1 THEN 1.0 ELSE percent_rank() OVER (ORDER BY M) END AS pr_m,
                     CASE WHEN n = 1 THEN 1.0 ELSE percent_rank() OVER (ORDER BY S) END AS pr_s,
                     CASE WHEN n = 1 THEN 1.0 ELSE percent_rank() OVER (ORDER BY T) END AS pr_t FROM c, n),
        sc AS (SELECT card, (10 * pr_r + 10 * pr_f + 35 * pr_m + 25 * pr_s + 20 * pr_t) / 100 AS score FROM p),
        k AS (SELECT card, score, row_number() OVER (ORDER BY score DESC, card ASC) AS k FROM sc)

        """
    }
}
