// The scale benchmark's tool: bench/run.sh calls it for everything but starting the API and running wrk.
//   serve-baseline <db> <port>          the hand-written baseline host (BaselineHost.cs)
//   body <query file> <variables json>  a GraphQL-over-HTTP request body
//   probe <url> <body file> <out file> [token]  one request; prints "status bytes sqlStatements"
//   same-data <api response> <baseline response>  exit 0 when both carry the same "data"
//   pick-provider <db>                  a provider with plans of every age, the same one at every scale
//   write-targets <db>                  the provider with most open plans, then its open plans as "id version" lines
//   count <db> <table|*>                rows in a table, or in every table
//     (<db>: a SQLite file, or a PostgreSQL connection string)
//   postgres-database <server> <name>   the connection string of another database on the same server
//   postgres-seeded <server> <name>     the seeding seconds recorded on a database; exit 1 when not seeded
//   postgres-mark-seeded <server> <name> <seconds>, postgres-copy <server> <from> <to>, postgres-drop <server> <name>
//   current-quarter, previous-quarter   financial quarters by today's date (the API's clock)
//   report <results dir> <output .md>   the results file and the printed summary (Report.cs)
using System.Globalization;
using Commissioning.Bench.Scale;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: Commissioning.Bench.Scale <serve-baseline|body|probe|same-data|pick-provider|write-targets|count|current-quarter|previous-quarter|report> ...");
    return 2;
}
return args[0] switch
{
    "serve-baseline" => await BaselineHost.RunAsync(args[1], int.Parse(args[2], CultureInfo.InvariantCulture)),
    "body" => Tools.Body(args[1], args[2]),
    "probe" => await Tools.ProbeAsync(args[1], args[2], args[3], args.Length > 4 ? args[4] : null),
    "same-data" => Tools.SameData(args[1], args[2]),
    "pick-provider" => Tools.PickProvider(args[1]),
    "write-targets" => Tools.WriteTargets(args[1]),
    "current-quarter" => Tools.Quarter(0),
    "previous-quarter" => Tools.Quarter(-1),
    "count" => Tools.Count(args[1], args[2]),
    "postgres-database" => BenchDatabase.ConnectionFor(args[1], args[2]),
    "postgres-seeded" => BenchDatabase.Seeded(args[1], args[2]),
    "postgres-mark-seeded" => BenchDatabase.MarkSeeded(args[1], args[2], args[3]),
    "postgres-copy" => BenchDatabase.Copy(args[1], args[2], args[3]),
    "postgres-drop" => BenchDatabase.Drop(args[1], args[2]),
    "report" => Report.Write(args[1], args[2]),
    _ => Unknown(args[0]),
};

static int Unknown(string command)
{
    Console.Error.WriteLine($"unknown command '{command}'");
    return 2;
}
