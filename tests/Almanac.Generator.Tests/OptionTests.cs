using System.Reflection;
using System.Xml.Linq;
using Almanac.Generator.Common;

namespace Almanac.Generator.Tests;

/// <summary>The MSBuild settings: read in one place, checked before the dataset is linked, each mistake named as set.</summary>
public class OptionTests
{
    private const string DatasetYaml = "dataset:\n  id: t\n  title: T\n  version: '1'\n  license: CC0-1.0\n  citation: C\n";

    private static GeneratorHarness.Result Run(string? ns = "Test.Data", Dictionary<string, string>? properties = null, string extraYaml = "") =>
        GeneratorHarness.Run(new[] { GeneratorHarness.Data("dataset.yaml", DatasetYaml + extraYaml) }, ns: ns, properties: properties);

    private static Diagnostic SingleAlm017(GeneratorHarness.Result result)
    {
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal("ALM017", d.Id);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.EndsWith("/dataset.yaml", d.Location.GetLineSpan().Path); // at the dataset section
        Assert.Equal(1, d.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Empty(result.Sources);
        return d;
    }

    [Fact]
    public void The_option_keys_are_the_compiler_visible_properties_of_the_props_file()
    {
        XDocument props = XDocument.Load(Path.Combine(TempDirectory.RepositoryRoot(), "generator", "Almanac.Generator", "buildTransitive", "Almanac.Generator.props"));
        var visible = props.Descendants("CompilerVisibleProperty").Select(e => (string)e.Attribute("Include")!).OrderBy(x => x, StringComparer.Ordinal);
        var keys = typeof(OptionKeys.Properties).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).OrderBy(x => x, StringComparer.Ordinal);
        Assert.Equal(keys, visible);
        XElement metadata = Assert.Single(props.Descendants("CompilerVisibleItemMetadata"));
        Assert.Equal(("AdditionalFiles", OptionKeys.KindMetadata), ((string)metadata.Attribute("Include")!, (string)metadata.Attribute("MetadataName")!));
    }

    [Fact]
    public void The_targets_set_the_item_properties_with_the_defaults_the_offline_host_assumes()
    {
        XDocument targets = XDocument.Load(Path.Combine(TempDirectory.RepositoryRoot(), "generator", "Almanac.Generator", "buildTransitive", "Almanac.Generator.targets"));
        string Default(string property) => (string)Assert.Single(targets.Descendants(property));
        Assert.Equal(OptionKeys.DefaultDataFolder, Default(OptionKeys.ItemProperties.DataFolder));
        Assert.Equal(OptionKeys.DefaultDocumentsFolder, Default(OptionKeys.ItemProperties.DocumentsFolder));
        Assert.Equal("true", Default(OptionKeys.ItemProperties.Enabled));
    }

    [Fact]
    public void Every_property_the_generator_reads_has_one_typed_member_in_GeneratorProperties()
    {
        var typed = typeof(GeneratorProperties).GetProperties().Where(p => p.PropertyType == typeof(string)).ToList();
        Assert.Equal(GeneratorProperties.Names.Count, typed.Count);
        foreach (string name in GeneratorProperties.Names)
        {
            GeneratorProperties properties = new GeneratorProperties().With(name, "value");
            Assert.Single(typed, p => (string?)p.GetValue(properties) == "value");
            Assert.Equal("value", properties.Values[name]);
        }
        Assert.Throws<ArgumentException>(() => new GeneratorProperties().With("AlmanacNamepsace", "x"));
    }

    [Fact]
    public void A_bad_root_namespace_is_reported_as_RootNamespace()
    {
        Diagnostic d = SingleAlm017(Run(ns: null, properties: new() { ["RootNamespace"] = "my-data" }));
        Assert.StartsWith("The MSBuild property RootNamespace is 'my-data'; it must be a namespace", d.GetMessage());
        Assert.Contains("AlmanacNamespace", d.GetMessage());
    }

    [Fact]
    public void AlmanacNamespace_takes_precedence_over_a_bad_root_namespace()
    {
        var result = Run(ns: "Good.Data", properties: new() { ["RootNamespace"] = "my-data" });
        Assert.Empty(result.Diagnostics);
        Assert.Contains("namespace Good.Data", result.Sources[0].Text);
    }

    private const string CompressionWords = "one of auto, always, never (in any case)";
    private const string WholeNumber = "a whole number from 0 to 2147483647, in ASCII digits";

    [Theory]
    [InlineData("AlmanacCompression", "5", CompressionWords)]
    [InlineData("AlmanacCompression", "-1", CompressionWords)]
    [InlineData("AlmanacCompression", "fast", CompressionWords)]
    [InlineData("AlmanacCompression", "auto,never", CompressionWords)]
    [InlineData("AlmanacNamedEventsLimit", "12x", WholeNumber)]
    [InlineData("AlmanacNamedEventsLimit", "-1", WholeNumber)]
    [InlineData("AlmanacNamedEventsLimit", "99999999999", WholeNumber)]
    public void A_setting_outside_its_values_names_them(string property, string value, string expected)
    {
        Diagnostic d = SingleAlm017(Run(properties: new() { [property] = value }));
        Assert.Equal($"The MSBuild property {property} is '{value}'; it must be {expected}", d.GetMessage());
    }

    [Theory]
    [InlineData("ALWAYS")]
    [InlineData(" never ")]
    public void AlmanacCompression_is_read_in_any_case(string value) => Assert.Empty(Run(properties: new() { ["AlmanacCompression"] = value }).Diagnostics);

    public static IEnumerable<object[]> ReservedNames() => GeneratedNames.Reserved.Select(n => new object[] { n });

    [Theory]
    [MemberData(nameof(ReservedNames))]
    public void A_dataset_class_named_like_a_generated_name_is_ALM017(string name)
    {
        // With a description and a url, so that the dataset class has every member it can have.
        Diagnostic d = SingleAlm017(Run(properties: new() { ["AlmanacDatasetClass"] = name }, extraYaml: "  description: D\n  url: https://example.org\n"));
        Assert.StartsWith($"The MSBuild property AlmanacDatasetClass is '{name}'; it must be a C# identifier other than", d.GetMessage());
    }

    [Fact]
    public void Every_name_the_dataset_class_declares_is_reserved()
    {
        var result = Run(properties: new() { ["AlmanacDatasetClass"] = "Ok" }, extraYaml: "  description: D\n  url: https://example.org\n");
        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.CompilationDiagnostics);
        INamedTypeSymbol dataset = result.Output.GetTypeByMetadataName("Test.Data.Ok")!;
        var declared = dataset.GetMembers().Where(m => !m.IsImplicitlyDeclared && m.CanBeReferencedByName).Select(m => m.Name)
            .Concat(dataset.GetTypeMembers().Select(t => t.Name))
            .Concat(result.Output.GetTypeByMetadataName("Test.Data.Ok")!.ContainingNamespace.GetTypeMembers().Select(t => t.Name).Where(n => n != "Ok"))
            .ToList();
        Assert.Contains("Holder", declared);
        Assert.Contains("Events", declared);
        Assert.Empty(declared.Except(GeneratedNames.Reserved));
    }

    [Fact]
    public void Every_member_of_an_entity_class_that_is_not_an_entity_is_reserved()
    {
        // An entity whose id made one of these names would clash with it; the reserved list must know every one of them.
        var result = Run();
        Assert.Empty(result.Diagnostics);
        var checkedNames = new List<string>();
        foreach (string className in new[] { "Sources", "Actors", "Places", "Events" })
        {
            INamedTypeSymbol type = result.Output.GetTypeByMetadataName("Test.Data." + className)!;
            foreach (ISymbol member in type.GetMembers().Where(m => !m.IsImplicitlyDeclared && m.CanBeReferencedByName && m.DeclaredAccessibility == Accessibility.Public))
            {
                bool entity = member is IPropertySymbol { Name: not "All" } property && property.Type.ContainingNamespace.Name == "Almanac" && property.Type.Name != "EntityCollection";
                if (!entity)
                {
                    Assert.True(Almanac.Generator.Common.Identifiers.IsReserved(member.Name, className), $"{className}.{member.Name} is not reserved");
                    checkedNames.Add(member.Name);
                }
            }
        }
        Assert.Contains("Resolve", checkedNames);
        Assert.Contains("Involving", checkedNames);
    }

    [Fact]
    public void An_invalid_setting_is_reported_before_linking_and_stops_it()
    {
        // The data has an unknown reference (ALM006): with a bad setting it is not linked, so only the setting is reported.
        var result = Run(properties: new() { ["AlmanacCompression"] = "5" }, extraYaml: "actors:\n  - { id: a, name: A, kind: group, part-of: missing }\n");
        SingleAlm017(result);
        var steps = result.RunResult.Results.Single().TrackedSteps;
        var linkDiagnostics = steps[TrackingNames.LinkDiagnostics].SelectMany(r => r.Outputs).Select(o => (EquatableArray<DiagnosticInfo>)o.Value);
        Assert.All(linkDiagnostics, d => Assert.Empty(d));
        Assert.Equal("ALM006", Assert.Single(Run(extraYaml: "actors:\n  - { id: a, name: A, kind: group, part-of: missing }\n").Diagnostics).Id);
    }

    [Fact]
    public void Every_invalid_setting_is_reported()
    {
        var result = Run(ns: "a-b", properties: new() { ["AlmanacCompression"] = "x", ["AlmanacNamedEventsLimit"] = "y", ["AlmanacDatasetClass"] = "class" });
        Assert.Equal(new[] { "AlmanacCompression", "AlmanacDatasetClass", "AlmanacNamedEventsLimit", "AlmanacNamespace" },
            result.Diagnostics.Select(d => { Assert.Equal("ALM017", d.Id); return d.GetMessage().Split(' ')[3]; }).OrderBy(x => x, StringComparer.Ordinal));
    }

    [Fact]
    public void A_project_without_data_gets_no_diagnostic_for_its_settings()
    {
        var result = GeneratorHarness.Run(Array.Empty<AlmanacInput>(), ns: "a-b");
        Assert.Empty(result.Diagnostics);
    }
}
