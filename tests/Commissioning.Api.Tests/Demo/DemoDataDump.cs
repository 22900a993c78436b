using System.Text.Json;
using System.Text.Json.Serialization;
using Commissioning.Api.Data.Demo;

namespace Commissioning.Api.Tests.Demo;

/// <summary>A canonical text form of a data set: every public property of every record, in order.</summary>
internal static class DemoDataDump
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = false,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Of(DemoDataSet set) => JsonSerializer.Serialize(new
    {
        set.Lscbs,
        set.Providers,
        set.Contracts,
        set.IndicatorReturns,
        set.Incidents,
        set.Reviews,
        set.ActionPlans,
        set.Meetings,
    }, Json);
}
