using System.Globalization;
using System.Text;

namespace Commissioning.Bench.Scale;

/// <summary>
/// Turns one run's raw measurements (raw.tsv: scale, operation, target, metric, value; written by run.sh) into
/// the results file and the summary printed at the end: per scale and operation the API's and the baseline's
/// throughput and latency and their ratio, SQL statements per request, peak memory, seeding time, cost growth
/// from the smallest to the largest scale, and the write test.
/// </summary>
internal static class Report
{
    private static readonly string[] Reads = ["compliance-summary", "exceptions-page", "plan-tree"];

    public static int Write(string runDirectory, string output)
    {
        var raw = File.ReadAllLines(Path.Combine(runDirectory, "raw.tsv"))
            .Select(l => l.Split('\t'))
            .Where(f => f.Length == 5)
            .GroupBy(f => (f[0], f[1], f[2], f[3]))
            .ToDictionary(g => g.Key, g => g.Last()[4]);
        string? Get(string scale, string op, string target, string metric) => raw.GetValueOrDefault((scale, op, target, metric));
        double? Num(string scale, string op, string target, string metric) =>
            double.TryParse(Get(scale, op, target, metric), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
        var scales = raw.Keys.Select(k => k.Item1).Distinct().OrderBy(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var settings = File.Exists(Path.Combine(runDirectory, "settings.txt")) ? File.ReadAllText(Path.Combine(runDirectory, "settings.txt")).Trim() : "";

        var md = new StringBuilder();
        md.AppendLine($"# Scale benchmark {Path.GetFileName(Path.GetFullPath(runDirectory).TrimEnd('/'))}").AppendLine();
        md.AppendLine(settings).AppendLine();
        md.AppendLine("Ratios compare the API with the hand-written baseline measured in the same run with the same wrk settings: ");
        md.AppendLine("**time ratio** = baseline requests/s ÷ API requests/s (how many times longer the API takes per request), ");
        md.AppendLine("**p95 ratio** = API p95 ÷ baseline p95. Target: within 1.5×; compliance summary p95 < 50 ms at 5,000 providers.").AppendLine();

        md.AppendLine("## Data").AppendLine();
        md.AppendLine("| providers | progress updates | rows in all | seeding (s) | database (MB) | API peak memory VmHWM (MB) | baseline VmHWM (MB) | PostgreSQL: seeding (s) | PostgreSQL: API VmHWM (MB) |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var s in scales)
            md.AppendLine($"| {s} | {Get(s, "data", "-", "progress_updates")} | {Get(s, "data", "-", "rows")} | {Get(s, "data", "-", "seed_seconds") ?? "cached"} | " +
                $"{Mb(Num(s, "data", "-", "db_kb"))} | {Mb(Num(s, "memory", "api", "vmhwm_kb"))} | {Mb(Num(s, "memory", "baseline", "vmhwm_kb"))} | " +
                $"{Get(s, "data", "postgresql", "seed_seconds") ?? "–"} | {Mb(Num(s, "memory", "api-postgresql", "vmhwm_kb"))} |");
        md.AppendLine().AppendLine("Seeding is recorded when it ran (API start to healthy, migrations included); a seeded database is reused by later runs (\"cached\"; PostgreSQL keeps the time of its one seeding).");
        md.AppendLine();

        md.AppendLine("## Reads").AppendLine();
        md.AppendLine("| providers | operation | API req/s | API p50 / p95 / p99 (ms) | baseline req/s | baseline p50 / p95 / p99 (ms) | time ratio | p95 ratio | SQL statements per request | response KB | errors |");
        md.AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var summary = new StringBuilder();
        foreach (var s in scales)
        {
            foreach (var op in Reads)
            {
                if (Num(s, op, "api", "rps") is not { } apiRps) continue;
                var baseRps = Num(s, op, "baseline", "rps");
                var ratio = baseRps / apiRps;
                var p95Ratio = Num(s, op, "api", "p95_ms") / Num(s, op, "baseline", "p95_ms");
                var sequential = Get(s, op, "baseline", "sequential") == "1" ? $" ({Get(s, op, "baseline", "requests")} in turn)" : "";
                md.AppendLine($"| {s} | {op} | {apiRps:0.0} | {Lat(s, op, "api")} | {F(baseRps, "0.00")}{sequential} | {Lat(s, op, "baseline")} | " +
                    $"{F(ratio, Ratio(ratio))}× | {F(p95Ratio, Ratio(p95Ratio))}× | {Get(s, op, "api", "sql_statements")} | {F(Num(s, op, "api", "bytes") / 1024, "0.0")} | " +
                    $"{(Num(s, op, "api", "errors") ?? 0) + (Num(s, op, "baseline", "errors") ?? 0)} |");
                summary.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"{s,5} providers  {op,-19} API {apiRps,7:0.0} req/s p95 {Num(s, op, "api", "p95_ms"),8:0.0} ms | baseline {F(baseRps, "0.0"),7} req/s p95 {F(Num(s, op, "baseline", "p95_ms"), "0.0"),8} ms | time ratio {F(ratio, Ratio(ratio)),5}x | SQL/request {Get(s, op, "api", "sql_statements")}"));
            }
        }
        md.AppendLine();
        md.AppendLine("\"in turn\": the baseline was timed by requests one after another, not wrk (BENCH_BASELINE_SEQUENTIAL; the exceptions baseline " +
            "serves one request at a time, so its throughput is 1 / time per request either way). First requests: see raw.tsv (first_request_ms).").AppendLine();

        md.AppendLine("## Cost growth (fixed page, 40 → 5,000 providers)").AppendLine();
        md.AppendLine("Mean time per request = connections ÷ requests/s; flat means the page costs the same whatever the size of the commissioner.").AppendLine();
        md.AppendLine($"| operation | target | {string.Join(" | ", scales.Select(s => s + " providers (ms)"))} | largest ÷ smallest |");
        md.AppendLine($"|---|---|{string.Join("", scales.Select(_ => "---:|"))}---:|");
        var connections = double.TryParse(Get(scales.FirstOrDefault() ?? "", "settings", "-", "connections"), CultureInfo.InvariantCulture, out var c) ? c : 1;
        foreach (var op in Reads)
        {
            foreach (var target in new[] { "api", "baseline" })
            {
                var times = scales.Select(s => Num(s, op, target, "rps") is { } rps && rps > 0 ? connections * 1000 / rps : (double?)null).ToList();
                if (times.All(t => t is null)) continue;
                var growth = times[^1] / times[0];
                md.AppendLine($"| {op} | {target} | {string.Join(" | ", times.Select(t => F(t, "0.0")))} | {F(growth, "0.00")}× |");
                summary.AppendLine(string.Create(CultureInfo.InvariantCulture, $"growth {op,-19} {target,-8} {string.Join(" -> ", times.Select(t => F(t, "0.0") + " ms"))}  ({F(growth, "0.00")}x)"));
            }
        }
        md.AppendLine();

        md.AppendLine("## Writes: submitQuarterlyProgress").AppendLine();
        md.AppendLine("Each wrk connection reports on its own open plans, sending back the version the previous answer gave, so no request should conflict. ");
        md.AppendLine("After the run the ProgressUpdates rows are counted: rows added must be at least the successful answers (none lost) and at most the requests sent less those refused (none duplicated; requests in flight when wrk stops may still commit).").AppendLine();
        md.AppendLine("| providers | database | submissions/s | p50 / p95 / p99 (ms) | successful answers | refused or failed | rows added | check |");
        md.AppendLine("|---:|---|---:|---:|---:|---:|---:|---|");
        foreach (var s in scales)
        {
            foreach (var db in new[] { "sqlite", "postgresql" })
            {
                if (Num(s, "submit-progress", db, "rps") is not { } rps) continue;
                var ok = Num(s, "submit-progress", db, "ok");
                var added = Num(s, "submit-progress", db, "rows_added");
                // Every OK answer must be a stored row (none lost), and no more rows than requests that were not refused
                // (none duplicated); requests still in flight when wrk stopped may or may not have committed.
                var sent = Num(s, "submit-progress", db, "sent");
                var refused = Num(s, "submit-progress", db, "failed") ?? 0;
                var check = ok is not null && added is not null && sent is not null && ok <= added && added <= sent - refused ? "ok" : "MISMATCH";
                md.AppendLine($"| {s} | {db} | {rps:0.0} | {Lat(s, "submit-progress", db)} | {ok} | {Get(s, "submit-progress", db, "failed")} | {added} | {check} |");
                summary.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"{s,5} providers  writes on {db}: {rps:0.0} submissions/s, {ok} answered ok, {added} rows added: {check}"));
            }
        }
        md.AppendLine();

        File.WriteAllText(output, md.ToString());
        Console.WriteLine(summary.ToString().TrimEnd());
        return 0;

        string Lat(string s, string op, string target) =>
            Num(s, op, target, "p50_ms") is null ? "" : $"{F(Num(s, op, target, "p50_ms"), "0.0")} / {F(Num(s, op, target, "p95_ms"), "0.0")} / {F(Num(s, op, target, "p99_ms"), "0.0")}";
    }

    private static string F(double? value, string format) => value is { } v && !double.IsNaN(v) && !double.IsInfinity(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "–";

    // Ratios far below 1 (the exceptions page against its uncached baseline) keep three significant decimals.
    private static string Ratio(double? value) => value < 0.1 ? "0.0000" : "0.00";

    private static string Mb(double? kb) => F(kb / 1024, "0");
}
