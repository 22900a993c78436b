using Commissioning.Api.GraphQL;
using Commissioning.Api.Hosting;

namespace Commissioning.Api.Tests.GraphQL;

public sealed class SchemaExportCommandTests
{
    [Fact]
    public void Export_prints_the_schema()
    {
        var output = new StringWriter();
        Assert.Equal(0, SchemaExportCommand.Run(["schema", "export"], output, new StringWriter()));
        Assert.Equal(CommissioningSchema.PrintSdl(), output.ToString());
    }

    [Fact]
    public void Export_with_output_writes_the_file_creating_its_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "commissioning-tests", Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, "nested", "schema.graphql");
        try
        {
            Assert.Equal(0, SchemaExportCommand.Run(["schema", "export", "--output", path], new StringWriter(), new StringWriter()));
            Assert.Equal(CommissioningSchema.PrintSdl(), File.ReadAllText(path));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void An_unknown_argument_is_refused_with_the_usage()
    {
        var error = new StringWriter();
        Assert.Equal(2, SchemaExportCommand.Run(["schema", "export", "--format", "json"], new StringWriter(), error));
        Assert.Contains(SchemaExportCommand.Usage, error.ToString());
    }
}
