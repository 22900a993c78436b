using Commissioning.Api.GraphQL;
using Commissioning.Api.Hosting;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;

namespace Commissioning.Api.Tests.GraphQL;

/// <summary>schema/schema.graphql is the published contract: it must be exactly what the code builds.</summary>
public sealed class SchemaFileTests
{
    [Fact]
    public void The_committed_schema_file_is_the_printed_schema()
    {
        var path = Path.Combine(RepositoryRoot(), "schema", "schema.graphql");
        var expected = CommissioningSchema.PrintSdl();
        var actual = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        if (actual == expected) return;

        File.WriteAllText(path + ".new", expected);
        Assert.Fail($"schema/schema.graphql differs from the schema the code builds (first difference at line {FirstDifferentLine(actual, expected)}). " +
                    $"The built schema is in schema/schema.graphql.new; regenerate the file with: " +
                    $"{SchemaExportCommand.Usage.Replace("[", "").Replace("]", "")}");
    }

    [Fact]
    public void Every_deprecation_gives_a_reason()
    {
        var missing = new List<string>();
        void Check(string coordinate, string? reason)
        {
            if (reason is not null && (string.IsNullOrWhiteSpace(reason) || reason == Directives.DefaultDeprecationReason)) missing.Add(coordinate);
        }
        foreach (var type in CommissioningSchema.Build(SchemaModules.All).Types)
        {
            switch (type)
            {
                case ObjectType o:
                    foreach (var f in o.Fields)
                    {
                        Check($"{o.Name}.{f.Name}", f.DeprecationReason);
                        foreach (var a in f.Arguments) Check($"{o.Name}.{f.Name}({a.Name}:)", a.DeprecationReason);
                    }
                    break;
                case InputObjectType i:
                    foreach (var f in i.Fields) Check($"{i.Name}.{f.Name}", f.DeprecationReason);
                    break;
                case EnumType e:
                    foreach (var v in e.Values) Check($"{e.Name}.{v.Name}", v.DeprecationReason);
                    break;
            }
        }
        Assert.Empty(missing);
    }

    [Fact]
    public void The_schema_file_parses_and_every_deprecated_directive_in_it_has_a_reason()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "schema", "schema.graphql"));
        var document = Parser.Parse(text);
        Assert.NotEmpty(document.Definitions);
        var index = 0;
        while ((index = text.IndexOf("@deprecated", index, StringComparison.Ordinal)) >= 0)
        {
            index += "@deprecated".Length;
            Assert.True(text.AsSpan(index).StartsWith("(reason:"), $"@deprecated without a reason near character {index}.");
        }
    }

    [Fact]
    public void Every_type_field_argument_input_field_and_enum_value_is_described()
    {
        var undescribed = new List<string>();
        void Check(string coordinate, string? description)
        {
            if (string.IsNullOrWhiteSpace(description)) undescribed.Add(coordinate);
        }
        foreach (var type in CommissioningSchema.Build(SchemaModules.All).Types)
        {
            if (type.Name.StartsWith("__", StringComparison.Ordinal) || Scalars.IsSpecified(type)) continue;
            Check(type.Name, type.Description);
            switch (type)
            {
                case ObjectType o:
                    foreach (var f in o.Fields)
                    {
                        Check($"{o.Name}.{f.Name}", f.Description);
                        foreach (var a in f.Arguments.Where(a => !SelfExplanatory(o.Name, a.Name)))
                            Check($"{o.Name}.{f.Name}({a.Name}:)", a.Description);
                    }
                    break;
                case InterfaceType i:
                    foreach (var f in i.Fields) Check($"{i.Name}.{f.Name}", f.Description);
                    break;
                case InputObjectType i:
                    foreach (var f in i.Fields) Check($"{i.Name}.{f.Name}", f.Description);
                    break;
                case EnumType e:
                    foreach (var v in e.Values) Check($"{e.Name}.{v.Name}", v.Description);
                    break;
            }
        }
        Assert.True(undescribed.Count == 0, $"Undescribed ({undescribed.Count}):{Environment.NewLine}{string.Join(Environment.NewLine, undescribed)}");
    }

    /// <summary>
    /// A mutation's single <c>input</c> (its input type is described) and <c>node(id:)</c>/<c>nodes(ids:)</c>
    /// are the conventions' own arguments; a description would turn their one-line signatures, which
    /// client tooling and readers expect, into blocks without telling anyone more.
    /// </summary>
    private static bool SelfExplanatory(string typeName, string argument) =>
        (typeName == "Mutation" && argument == "input") || (typeName == "Query" && argument is "id" or "ids");

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Commissioning.sln"))) return dir.FullName;
        throw new InvalidOperationException("Commissioning.sln not found above the test output folder.");
    }

    private static int FirstDifferentLine(string actual, string expected)
    {
        var a = actual.Split('\n');
        var e = expected.Split('\n');
        for (var i = 0; i < Math.Min(a.Length, e.Length); i++)
            if (a[i] != e[i]) return i + 1;
        return Math.Min(a.Length, e.Length) + 1;
    }
}
