using System.Globalization;
using System.Text;

namespace Commissioning.Bench.Scale;

/// <summary>
/// Turns one run's raw measurements (raw.tsv: scale, operation, target, metric, value; written by run.sh) into
/// the results file and the summary printed at the end: per scale and operation the API's and the baseline's
/// throughput, latency and CPU time per request and their ratios, SQL statements per request, peak memory, seeding
/// time, cost growth from the smallest to the largest scale, and the write test. Reads measured in rounds (targets
/// "api#1", "baseline#1", ...) are summarised by the median of their rounds under the plain target ("api").
/// </summary>
internal static class Report
{
    private static readonly string[] Reads = ["compliance-summary", "exceptions-page", "plan-tree"];

    // Counts over a whole measurement add up across rounds; every other figure (rates, latencies, CPU per request)
    // is the median of the rounds.
    private static readonly HashSet<string> Summed = ["requests", "seconds", "errors", "cpu_ms", "other_cpu_ms"];

    public static int Write(string runDirectory, string output)
    {
        var raw = File.ReadAllLines(Path.Combine(runDirectory, "raw.tsv"))
            .Select(l => l.Split('\t'))
            .Where(f => f.Length == 5)
            .GroupBy(f => (f[0], f[1], f[2], f[3]))
            .ToDictionary(g => g.Key, g => g.Last()[4]);
        var rounds = RoundsOf(raw);
        foreach (var (key, value) in MedianOfRounds(raw).ToList()) raw.TryAdd(key, value);
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
        md.AppendLine("**p95 ratio** = API p95 ÷ baseline p95, **CPU ratio** = API CPU ms per request ÷ baseline CPU ms per request ");
        md.AppendLine("(CPU ms per request: the server process's user + system CPU time over the measurement window, from /proc/<pid>/stat, ÷ the requests wrk completed in it; ");
        md.AppendLine("it counts only the work the server did, so it moves less than requests/s when other processes share the cores). ");
        md.AppendLine("Target: within 1.5×; compliance summary p95 < 50 ms at 5,000 providers.").AppendLine();

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
        if (rounds > 1)
            md.AppendLine($"Each figure is the median of {rounds} rounds{(rounds == 2 ? " (with 2 rounds: the mean of both)" : rounds % 2 == 0 ? " (the mean of the middle two)" : "")}, " +
                "the API and the baseline alternating (Rounds below); the ratios are those of the medians.").AppendLine();
        md.AppendLine("| providers | operation | API req/s | API p50 / p95 / p99 (ms) | baseline req/s | baseline p50 / p95 / p99 (ms) | time ratio | p95 ratio | API CPU ms/request | baseline CPU ms/request | CPU ratio | SQL statements per request | response KB | errors |");
        md.AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var summary = new StringBuilder();
        foreach (var s in scales)
        {
            foreach (var op in Reads)
            {
                if (Num(s, op, "api", "rps") is not { } apiRps) continue;
                var baseRps = Num(s, op, "baseline", "rps");
                var ratio = baseRps / apiRps;
                var p95Ratio = Num(s, op, "api", "p95_ms") / Num(s, op, "baseline", "p95_ms");
                var apiCpu = Num(s, op, "api", "cpu_ms_per_request");
                var baseCpu = Num(s, op, "baseline", "cpu_ms_per_request");
                var cpuRatio = apiCpu / baseCpu;
                var sequential = Get(s, op, "baseline", "sequential") == "1" ? $" ({Get(s, op, "baseline", "requests")} in turn)" : "";
                md.AppendLine($"| {s} | {op} | {apiRps:0.0} | {Lat(s, op, "api")} | {F(baseRps, "0.00")}{sequential} | {Lat(s, op, "baseline")} | " +
                    $"{F(ratio, Ratio(ratio))}× | {F(p95Ratio, Ratio(p95Ratio))}× | {F(apiCpu, "0.00")} | {F(baseCpu, "0.00")} | {F(cpuRatio, Ratio(cpuRatio))}× | " +
                    $"{Get(s, op, "api", "sql_statements")} | {F(Num(s, op, "api", "bytes") / 1024, "0.0")} | " +
                    $"{(Num(s, op, "api", "errors") ?? 0) + (Num(s, op, "baseline", "errors") ?? 0)} |");
                summary.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"{s,5} providers  {op,-19} API {apiRps,7:0.0} req/s p95 {Num(s, op, "api", "p95_ms"),8:0.0} ms | baseline {F(baseRps, "0.0"),7} req/s p95 {F(Num(s, op, "baseline", "p95_ms"), "0.0"),8} ms | time ratio {F(ratio, Ratio(ratio)),5}x | CPU ms/request {F(apiCpu, "0.00")} vs {F(baseCpu, "0.00")}, CPU ratio {F(cpuRatio, Ratio(cpuRatio)),5}x | SQL/request {Get(s, op, "api", "sql_statements")}"));
            }
        }
        md.AppendLine();
        md.AppendLine("\"in turn\": the baseline was timed by requests one after another, not wrk (BENCH_BASELINE_SEQUENTIAL; the exceptions baseline " +
            "serves one request at a time, so its throughput is 1 / time per request either way). First requests: see raw.tsv (first_request_ms). " +
            "The CPU time of a baseline timed in turn covers its requests one after another.").AppendLine();

        if (rounds > 0)
        {
            md.AppendLine("## Rounds").AppendLine();
            md.AppendLine("Each round's figures (raw.tsv: targets api#<round> and baseline#<round>), in the order measured within a round. " +
                "Other CPU: the idle server's CPU time during the measured one's window (ms), a sign of what else it did.").AppendLine();
            md.AppendLine("| providers | operation | round | warm-up | API req/s | baseline req/s | time ratio | API CPU ms/request | baseline CPU ms/request | CPU ratio | API p95 (ms) | baseline p95 (ms) | other CPU (API window / baseline window) |");
            md.AppendLine("|---:|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var s in scales)
            {
                foreach (var op in Reads)
                {
                    for (var r = 1; r <= rounds; r++)
                    {
                        string api = $"api#{r}", baseline = $"baseline#{r}";
                        if (Num(s, op, api, "rps") is not { } apiRps) continue;
                        var baseRps = Num(s, op, baseline, "rps");
                        var ratio = baseRps / apiRps;
                        var apiCpu = Num(s, op, api, "cpu_ms_per_request");
                        var baseCpu = Num(s, op, baseline, "cpu_ms_per_request");
                        var cpuRatio = apiCpu / baseCpu;
                        md.AppendLine($"| {s} | {op} | {r} | {Get(s, op, api, "warmup")} | {apiRps:0.0} | {F(baseRps, "0.00")} | {F(ratio, Ratio(ratio))}× | " +
                            $"{F(apiCpu, "0.00")} | {F(baseCpu, "0.00")} | {F(cpuRatio, Ratio(cpuRatio))}× | {F(Num(s, op, api, "p95_ms"), "0.0")} | " +
                            $"{F(Num(s, op, baseline, "p95_ms"), "0.0")} | {Get(s, op, api, "other_cpu_ms") ?? "–"} / {Get(s, op, baseline, "other_cpu_ms") ?? "–"} |");
                    }
                }
            }
            md.AppendLine();
        }

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
        md.AppendLine("CPU ms per request is the API process's alone (no baseline writes); on PostgreSQL the database server's processes do part of the work and are not counted.").AppendLine();
        md.AppendLine("| providers | database | submissions/s | p50 / p95 / p99 (ms) | API CPU ms/request | successful answers | refused or failed | rows added | check |");
        md.AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---|");
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
                var cpu = Num(s, "submit-progress", db, "cpu_ms_per_request");
                md.AppendLine($"| {s} | {db} | {rps:0.0} | {Lat(s, "submit-progress", db)} | {F(cpu, "0.00")} | {ok} | {Get(s, "submit-progress", db, "failed")} | {added} | {check} |");
                summary.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"{s,5} providers  writes on {db}: {rps:0.0} submissions/s, API CPU {F(cpu, "0.00")} ms/request, {ok} answered ok, {added} rows added: {check}"));
            }
        }
        md.AppendLine();

        File.WriteAllText(output, md.ToString());
        Console.WriteLine(summary.ToString().TrimEnd());
        return 0;

        string Lat(string s, string op, string target) =>
            Num(s, op, target, "p50_ms") is null ? "" : $"{F(Num(s, op, target, "p50_ms"), "0.0")} / {F(Num(s, op, target, "p95_ms"), "0.0")} / {F(Num(s, op, target, "p99_ms"), "0.0")}";
    }

    private static int RoundsOf(Dictionary<(string, string, string, string), string> raw) =>
        raw.Keys.Select(k => RoundTarget(k.Item3)).Where(t => t is not null).Select(t => t!.Value.Round).DefaultIfEmpty(0).Max();

    private static (string Target, int Round)? RoundTarget(string target)
    {
        var hash = target.LastIndexOf('#');
        return hash > 0 && int.TryParse(target.AsSpan(hash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var round)
            ? (target[..hash], round)
            : null;
    }

    /// <summary>Per scale, operation, target and metric measured in rounds: the median of the rounds (sums for counts).</summary>
    private static IEnumerable<((string, string, string, string) Key, string Value)> MedianOfRounds(Dictionary<(string, string, string, string), string> raw)
    {
        var byTarget = raw
            .Select(kv => (kv.Key, Round: RoundTarget(kv.Key.Item3), kv.Value))
            .Where(e => e.Round is not null)
            .GroupBy(e => (e.Key.Item1, e.Key.Item2, e.Round!.Value.Target, e.Key.Item4));
        foreach (var group in byTarget)
        {
            var numbers = group.Select(e => double.TryParse(e.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : (double?)null).ToList();
            if (numbers.Any(n => n is null))
            {
                // Not a number (a flag such as sequential=1, a warm-up such as 3s): the first round's.
                yield return (group.Key, group.OrderBy(e => e.Round!.Value.Round).First().Value);
                continue;
            }
            var values = numbers.Select(n => n!.Value).Order().ToList();
            var value = Summed.Contains(group.Key.Item4)
                ? values.Sum()
                : values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
            yield return (group.Key, value.ToString("0.###", CultureInfo.InvariantCulture));
        }
    }

    private static string F(double? value, string format) => value is { } v && !double.IsNaN(v) && !double.IsInfinity(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "–";

    // Ratios far below 1 (the exceptions page against its uncached baseline) keep three significant decimals.
    private static string Ratio(double? value) => value < 0.1 ? "0.0000" : "0.00";

    private static string Mb(double? kb) => F(kb / 1024, "0");
}
