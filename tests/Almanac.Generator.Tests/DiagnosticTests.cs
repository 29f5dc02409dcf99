using Almanac.Generator;

namespace Almanac.Generator.Tests;

/// <summary>
/// One test or row of <see cref="DiagnosticTests.Mistakes"/> per diagnostic: its id, severity, file, line and column (1-based, as
/// dotnet build prints them) and the key words of its message.
/// </summary>
public class DiagnosticTests
{
    private const string DatasetYaml = "dataset:\n  id: t\n  title: T\n  version: 1.0.0\n  license: CC0-1.0\n  citation: C\n";
    private const string SourcesYaml = "sources:\n  - id: doc\n    title: Doc\n    kind: article\n    document: seeds/doc.txt\n";
    private const string DocumentText = "The Blue Force struck the town.\n\nA second paragraph.\n";

    /// <summary>A place <c>p</c> for the events of tests about other diagnostics, which would otherwise warn ALM030.</summary>
    private const string PlacesYaml = "places:\n  - { id: p, name: P, kind: area }\n";

    private static Diagnostic Single(string yaml, string id, bool includeRuntime = true, string file = "test.yaml", bool withDataset = true,
        (string File, string Yaml)? extra = null)
    {
        var texts = new List<AlmanacInput> { GeneratorHarness.Data(file, yaml), GeneratorHarness.Document("doc.txt", DocumentText) };
        if (extra is { } other)
        {
            texts.Add(GeneratorHarness.Data(other.File, other.Yaml));
        }
        if (withDataset)
        {
            texts.Add(GeneratorHarness.Data("dataset.yaml", DatasetYaml + SourcesYaml));
        }
        var result = GeneratorHarness.Run(texts, includeRuntime);
        var matching = result.Diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count == 1, $"Expected one {id}, got: {string.Join("\n", result.Diagnostics)}");
        return matching[0];
    }

    /// <summary>The one diagnostic of running the generator over <paramref name="texts"/>, asserted to be <paramref name="id"/>.</summary>
    private static Diagnostic Only(string id, params AlmanacInput[] texts)
    {
        Diagnostic d = Assert.Single(GeneratorHarness.Run(texts).Diagnostics);
        Assert.Equal(id, d.Id);
        return d;
    }

    private static void AssertAt(Diagnostic diagnostic, string file, int line, int column)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        Assert.EndsWith("/" + file, span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
    }

    private const bool Whole = true;
    private const bool Words = false;

    /// <summary>
    /// Mistakes in a file test.yaml, beside a valid dataset section and the source document doc.txt: the diagnostic each
    /// raises, where in test.yaml (line, column) and its message, <see cref="Whole"/> or the <see cref="Words"/> that matter.
    /// </summary>
    public static TheoryData<string, string, int, int, string, bool> Mistakes => new()
    {
        // a key twice in one mapping
        { "ALM001", "actors:\n  - id: a\n    name: A\n    name: B\n    kind: state\n", 4, 5, "'name' appears twice", Words },
        // an unknown key in a nested mapping, named with its place
        { "ALM002", "events:\n  - id: e\n    name: E\n    kind: statement\n    date: 2020-05-20\n    time-precision: day\n    fatalities: { bset: 2 }\n    sources:\n      - { source: doc, quote: The Blue Force }\n", 7, 19, "Unknown key 'bset' in 'fatalities' of event 'e'; it is ignored; did you mean 'best'?", Whole },
        // a required key missing
        { "ALM003", "actors:\n  - id: a\n    kind: state\n", 2, 5, "Actor 'a' is missing the required key 'name'", Whole },
        // an event without citations
        { "ALM003", "events:\n  - id: e\n    name: E\n    kind: statement\n    date: 2020-05-20\n    time-precision: day\n", 2, 5, "'sources'", Words },
        // an impossible date
        { "ALM004", "events:\n  - id: e\n    name: E\n    kind: statement\n    date: 2020-02-30\n    time-precision: day\n    sources:\n      - { source: doc, quote: The Blue Force }\n", 5, 11, "'2020-02-30'", Words },
        // a latitude out of range
        { "ALM004", "places:\n  - id: p\n    name: P\n    kind: town\n    location: { lat: 95.5, lon: 13.2 }\n    geo-precision: exact\n", 5, 22, "latitude '95.5'", Words },
        // an id that is not kebab-case
        { "ALM004", "actors:\n  - id: Blue_Force\n    name: A\n    kind: state\n", 2, 9, "kebab-case", Words },
        // an end date before the date
        { "ALM004", "events:\n  - id: e\n    name: E\n    kind: statement\n    date: 2020-05-20\n    end-date: 2020-05-19\n    time-precision: days\n    sources:\n      - { source: doc, quote: The Blue Force }\n", 6, 15, "before 'date'", Words },
        // a word not in the vocabulary, with the closest and the allowed words
        { "ALM004", "actors:\n  - id: a\n    name: A\n    kind: stat\n", 4, 11, "did you mean 'state'? Allowed: state, government,", Words },
        // a report group that is not kebab-case
        { "ALM004", "events:\n  - id: e\n    name: E\n    kind: statement\n    date: 2020-05-20\n    time-precision: day\n    group: Gununu statement\n    sources:\n      - { source: doc, quote: The Blue Force }\n", 7, 12, "a kebab-case word such as 'gununu-statement'", Words },
        // a count without what it counts, and a scope that is not a word of the vocabulary
        { "ALM003", "events:\n  - id: e\n    name: E\n    kind: statement\n    date: 2020-05-20\n    time-precision: day\n    counts: [{ best: 7 }]\n    sources:\n      - { source: doc, quote: The Blue Force }\n", 7, 14, "'of'", Words },
        { "ALM004", "events:\n  - id: e\n    name: E\n    kind: statement\n    date: 2020-05-20\n    time-precision: day\n    counts: [{ of: bodies, best: 7, scope: total }]\n    sources:\n      - { source: doc, quote: The Blue Force }\n", 7, 44, "Allowed: event, cumulative", Words },
        // an id defined twice, named with its first definition
        { "ALM005", "actors:\n  - id: a\n    name: A\n    kind: state\n  - id: a\n    name: A2\n    kind: state\n", 5, 9, "already defined at test.yaml(2,9)", Words },
        // a reference to an unknown id, with the closest ids
        { "ALM006", "actors:\n  - id: gna\n    name: GNA\n    kind: government\n  - id: gna-forces\n    name: GNA forces\n    kind: armed-forces\n    part-of: gnaa\n", 8, 14, "Unknown actor 'gnaa'; closest ids: gna, gna-forces", Whole },
        // a quote that is not in its document, with the closest passage
        { "ALM007", "events:\n  - id: e\n    name: E\n    kind: statement\n    date: 2020-05-20\n    time-precision: day\n    sources:\n      - source: doc\n        quote: The Red Force struck the town\n", 9, 16, "closest passage: \"The Blue Force struck the town.", Words },
        // a document not given to the compiler
        { "ALM008", "sources:\n  - id: other\n    title: Other\n    kind: article\n    document: seeds/dok.txt\n", 5, 15, "did you mean 'doc.txt'?", Words },
        // an alias shared by two actors
        { "ALM009", "actors:\n  - id: gna\n    name: Government of National Accord\n    kind: government\n    aliases: [Al-Wefaq]\n  - id: gna-forces\n    name: GNA forces\n    kind: armed-forces\n    aliases: [al wefaq]\n", 9, 15, "'alwefaq'", Words },
        // two ids that give the same C# name
        { "ALM010", "actors:\n  - id: a-b1\n    name: One\n    kind: state\n  - id: a-b-1\n    name: Two\n    kind: state\n", 2, 9, "'AB1'", Words },
        // an id whose C# name is a member of the class
        { "ALM010", "places:\n  - id: all\n    name: All\n    kind: area\n", 2, 9, "'All'", Words },
        // a part-of cycle
        { "ALM011", "actors:\n  - id: a\n    name: A\n    kind: group\n    part-of: b\n  - id: b\n    name: B\n    kind: group\n    part-of: a\n", 5, 14, "a → b → a", Words },
        // a section of the wrong shape
        { "ALM012", "actors: gna\n", 1, 9, "The 'actors' section must be a list of entries, not a scalar", Whole },
        // a second dataset section
        // a retired id used again by an entity
        { "ALM022", "actors:\n  - id: gna\n    name: GNA\n    kind: government\nretired:\n  - actor: gna\n    since: 0.1.0\n    reason: Renamed.\n    replaced-by: gna\n", 2, 9, "The actor id 'gna' was retired in 0.1.0 (renamed to 'gna'); a retired id is never used again", Words },
        // a retirement that names two retired ids
        { "ALM023", "actors:\n  - id: gna\n    name: GNA\n    kind: government\nretired:\n  - actor: old\n    place: older\n    since: 0.1.0\n    reason: Gone.\n", 6, 5, "A retirement names one retired id, but this one has actor and place; write one entry for each", Whole },
        // a retirement with both successors
        { "ALM023", "actors:\n  - id: gna\n    name: GNA\n    kind: government\nretired:\n  - actor: old\n    replaced-by: gna\n    merged-into: gna\n    since: 0.1.0\n    reason: Gone.\n", 8, 18, "either 'replaced-by' (renamed) or 'merged-into' (merged), not both", Words },
        // a 'since' that is no semantic version
        { "ALM023", "actors:\n  - id: gna\n    name: GNA\n    kind: government\nretired:\n  - actor: old\n    since: soon\n    reason: Gone.\n", 7, 12, "'since' is 'soon', which is no semantic version", Words },
        // a 'since' later than the dataset's version
        { "ALM023", "actors:\n  - id: gna\n    name: GNA\n    kind: government\nretired:\n  - actor: old\n    since: 2.0.0\n    reason: Gone.\n", 6, 12, "retired since 2.0.0, which is later than the dataset's version 1.0.0", Words },
        // an id retired twice
        { "ALM023", "actors:\n  - id: gna\n    name: GNA\n    kind: government\nretired:\n  - actor: old\n    since: 0.1.0\n    reason: Gone.\n  - actor: old\n    since: 0.1.0\n    reason: Gone.\n", 9, 12, "The actor id 'old' is retired twice (first at test.yaml(6,12))", Words },
        // a retirement without a reason
        { "ALM003", "actors:\n  - id: gna\n    name: GNA\n    kind: government\nretired:\n  - actor: old\n    since: 0.1.0\n", 6, 5, "A retirement is missing the required key 'reason'", Whole },
        // a successor that is not an entity, with the closest id
        { "ALM006", "actors:\n  - id: gna\n    name: GNA\n    kind: government\nretired:\n  - actor: old\n    replaced-by: gnaa\n    since: 0.1.0\n    reason: Renamed.\n", 7, 18, "Unknown actor 'gnaa'; did you mean 'gna'?", Whole },
        // a chain of successors that makes a cycle
        { "ALM011", "actors:\n  - id: gna\n    name: GNA\n    kind: government\nretired:\n  - actor: a\n    replaced-by: b\n    since: 0.1.0\n    reason: Renamed.\n  - actor: b\n    merged-into: a\n    since: 0.1.0\n    reason: Merged.\n", 7, 18, "a → b → a", Words },
        // a reference to a renamed id: linked to the successor, named in the warning
        { "ALM024", "actors:\n  - id: gna\n    name: GNA\n    kind: government\n  - id: gna-forces\n    name: GNA forces\n    kind: armed-forces\n    part-of: gov\nretired:\n  - actor: gov\n    replaced-by: gna\n    since: 0.1.0\n    reason: Renamed.\n", 8, 14, "The actor 'gov' was renamed to 'gna' in 0.1.0; the reference is linked to 'gna': write 'gna' here", Whole },
        // a reference to a removed id
        { "ALM025", "actors:\n  - id: gna\n    name: GNA\n    kind: government\n  - id: gna-forces\n    name: GNA forces\n    kind: armed-forces\n    part-of: gov\nretired:\n  - actor: gov\n    since: 0.1.0\n    reason: It never existed.\n", 8, 14, "The actor 'gov' was removed in 0.1.0 (It never existed.); refer to another actor or remove the reference", Whole },
        // a citation with both a quote and a claim: reported at the second
        { "ALM026", "events:\n  - id: e\n    name: E\n    kind: statement\n    date: 2020-05-20\n    time-precision: day\n    sources:\n      - { source: doc, quote: The Blue Force, claim: Blue struck }\n", 8, 54, "A citation of event 'e' has both 'quote' and 'claim'; give exactly one: 'quote' for the exact words of a source with a local document (checked against it), 'claim' for what a source says in the curator's words", Whole },
        // a citation with neither
        { "ALM026", "events:\n  - id: e\n    name: E\n    kind: statement\n    date: 2020-05-20\n    time-precision: day\n    sources:\n      - { source: doc, supports: [date] }\n", 8, 9, "A citation of event 'e' has neither 'quote' nor 'claim'", Words },
        // a quote of a source without a document
        { "ALM027", "sources:\n  - id: wire\n    title: Wire\n    kind: website\nevents:\n  - id: e\n    name: E\n    kind: statement\n    date: 2020-05-20\n    time-precision: day\n    sources:\n      - source: wire\n        quote: The Blue Force struck\n", 13, 16, "The quote cannot be checked: source 'wire' has no local document; cite it with 'claim:' (what the source says, in your words) or give the source a document", Whole },
        // a value a citation supports that the entity's kind does not have
        { "ALM028", "events:\n  - id: e\n    name: E\n    kind: statement\n    date: 2020-05-20\n    time-precision: day\n    sources:\n      - { source: doc, quote: The Blue Force, supports: [dat] }\n", 8, 58, "Unknown value 'dat' in 'supports' of a citation of event 'e': did you mean 'date'? The values of an event are: name, kind, date, end-date,", Words },
        // an uncertain value that is no field, with the closest external id
        { "ALM028", "actors:\n  - id: a\n    name: A\n    kind: state\n    uncertain: [wikidat]\n", 5, 17, "Unknown value 'wikidat' in 'uncertain' of actor 'a': did you mean 'wikidata'?", Words },
        // an event without a place, reported at its id
        { "ALM030", "events:\n  - id: e\n    name: E\n    kind: statement\n    date: 2020-05-20\n    time-precision: day\n    sources:\n      - { source: doc, quote: The Blue Force }\n", 2, 9, "The event 'e' has no place; give it the place where it happened or, when the sources say less, a place that stands for the area or country they name, with a coarser geo-precision (ACLED and UCDP rows need a location)", Whole },
        { "ALM013", "dataset:\n  id: u\n  title: U\n  version: '1'\n  license: CC0-1.0\n  citation: C\n", 2, 3, "appears again", Words },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Mistake_is_reported_at_its_place_with_its_message(string id, string yaml, int line, int column, string message, bool whole)
    {
        Diagnostic d = Single(yaml, id);
        AssertAt(d, "test.yaml", line, column);
        if (whole)
        {
            Assert.Equal(message, d.GetMessage());
        }
        else
        {
            Assert.Contains(message, d.GetMessage());
        }
    }

    [Fact]
    public void ALM001_yaml_syntax_error()
    {
        Diagnostic d = Single("actors:\n  - id: a\n    name: [unclosed\n    kind: state\n", "ALM001");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal("test.yaml", System.IO.Path.GetFileName(d.Location.GetLineSpan().Path));
        Assert.True(d.Location.GetLineSpan().StartLinePosition.Line >= 2, d.ToString());
        Assert.StartsWith("YAML syntax error:", d.GetMessage());
    }

    [Fact]
    public void ALM002_unknown_key_suggests_the_closest()
    {
        Diagnostic d = Single("actors:\n  - id: a\n    name: A\n    kind: state\n    nmae: x\n", "ALM002");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        AssertAt(d, "test.yaml", 5, 5);
        Assert.Contains("did you mean 'name'?", d.GetMessage());
    }

    [Fact]
    public void ALM007_ignores_white_space_and_quote_marks_only()
    {
        Diagnostic d = Only("ALM007",
            GeneratorHarness.Data("dataset.yaml", DatasetYaml + SourcesYaml),
            GeneratorHarness.Document("doc.txt", "He said it “will not\n   leave” the fort."),
            GeneratorHarness.Data("test.yaml", "events:\n  - id: e\n    name: E\n    kind: statement\n    date: 2020-05-20\n    time-precision: day\n    sources:\n      - { source: doc, quote: 'said it \"will not leave\" the fort.' }\n      - { source: doc, quote: 'said it \"will not leave\" the Fort.' }\n    place: p\n" + PlacesYaml));
        AssertAt(d, "test.yaml", 9, 31);
    }

    /// <summary>A place and an event whose values (location, external ids, dates) have provenance or lack it.</summary>
    private const string ProvenanceYaml =
        "sources:\n  - id: gazetteer\n    title: Gazetteer\n    kind: gazetteer\n" +
        "places:\n  - id: p\n    name: P\n    kind: town\n    location: { lat: 32.4, lon: 13.6 }\n    geo-precision: exact\n" +
        "    external-ids: { wikidata: Q1, geonames: '123' }\n    sources:\n      - { source: gazetteer, claim: P lies at 32.4 13.6, supports: [geonames] }\n" +
        "events:\n  - id: e\n    name: E\n    kind: statement\n    date: 2020-05-20\n    end-date: 2020-05-21\n    time-precision: days\n    place: p\n    sources:\n" +
        "      - { source: doc, quote: The Blue Force, supports: [date] }\n    uncertain: [end-date]\n";

    private static GeneratorHarness.Result RunProvenance(string yaml, string? require) => GeneratorHarness.Run(
        new[] { GeneratorHarness.Data("test.yaml", yaml), GeneratorHarness.Document("doc.txt", DocumentText), GeneratorHarness.Data("dataset.yaml", DatasetYaml + SourcesYaml) },
        properties: require is null ? null : new Dictionary<string, string> { ["AlmanacRequireProvenance"] = require });

    [Fact]
    public void ALM029_each_value_without_provenance_is_reported_at_the_value_when_the_build_requires_provenance()
    {
        var diagnostics = RunProvenance(ProvenanceYaml, "true").Diagnostics;
        Assert.All(diagnostics, d => Assert.Equal("ALM029", d.Id));
        Assert.Equal(2, diagnostics.Length);
        Diagnostic location = diagnostics.Single(d => d.GetMessage().Contains("'location'"));
        Assert.Equal(DiagnosticSeverity.Warning, location.Severity);
        AssertAt(location, "test.yaml", 9, 15);
        Assert.Equal("The 'location' of place 'p' is supported by no citation: add 'location' to the 'supports' of the citation it comes from, "
            + "or to the 'uncertain' list of the entity if it is an assumption (the build requires provenance: AlmanacRequireProvenance)", location.GetMessage());
        Diagnostic wikidata = diagnostics.Single(d => d.GetMessage().Contains("'wikidata'"));
        AssertAt(wikidata, "test.yaml", 11, 31);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("false")]
    public void ALM029_is_not_reported_unless_the_build_requires_provenance(string? require) =>
        Assert.Empty(RunProvenance(ProvenanceYaml, require).Diagnostics);

    [Fact]
    public void ALM029_is_not_reported_for_values_that_citations_support_or_that_are_uncertain()
    {
        string covered = ProvenanceYaml
            .Replace("supports: [geonames]", "supports: [location, geonames]")
            .Replace("events:", "    uncertain: [wikidata]\nevents:");
        Assert.Empty(RunProvenance(covered, "True").Diagnostics);
    }

    [Fact]
    public void ALM017_require_provenance_must_be_true_or_false()
    {
        Diagnostic d = Assert.Single(RunProvenance(ProvenanceYaml, "yes").Diagnostics);
        Assert.Equal("ALM017", d.Id);
        Assert.Contains("AlmanacRequireProvenance is 'yes'; it must be true or false", d.GetMessage());
    }

    [Fact]
    public void ALM026_to_ALM028_are_not_reported_for_quotes_claims_of_any_source_and_value_keys_as_the_schema_defines_them()
    {
        string yaml = "sources:\n  - id: wire\n    title: Wire\n    kind: website\n    url: https://example.org/wire\n    accessed: 2020-05-22\n" +
            "    archive-url: https://web.archive.org/web/2020/https://example.org/wire\n" +
            "actors:\n  - id: a\n    name: A\n    kind: state\n    external-ids: { wikidata: Q1, acled: A, ucdp: '1' }\n" +
            "    sources:\n      - { source: wire, claim: A is a state, supports: [kind, wikidata] }\n      - { source: doc, quote: The Blue Force, supports: [name] }\n" +
            "      - { source: doc, claim: The Blue Force struck a town, supports: [aliases] }\n" +
            "    uncertain: [acled, ucdp]\n";
        Assert.Empty(RunProvenance(yaml, "true").Diagnostics);
    }

    [Fact]
    public void ALM013_no_dataset_section()
    {
        Diagnostic d = Single("actors:\n  - id: a\n    name: A\n    kind: state\n", "ALM013", withDataset: false);
        AssertAt(d, "test.yaml", 1, 1);
    }

    [Theory]
    [InlineData("  released: 2021-02-30\n", "ALM004", 7, 13, "'released' date '2021-02-30'")]
    [InlineData("  released: 4 March 2021\n", "ALM004", 7, 13, "YYYY-MM-DD")]
    [InlineData("  authors: Lovelace\n", "ALM012", 7, 12, "'authors' of the dataset section must be a list of values, not a scalar")]
    [InlineData("  keywords: { a: b }\n", "ALM012", 7, 13, "'keywords' of the dataset section must be a list of values, not a mapping")]
    public void Citation_metadata_of_the_wrong_shape_is_reported_at_its_value(string line, string id, int row, int column, string words)
    {
        Diagnostic d = Single(SourcesYaml, id, file: "sources.yaml", withDataset: false, extra: ("dataset.yaml", DatasetYaml + line));
        AssertAt(d, "dataset.yaml", row, column);
        Assert.Contains(words, d.GetMessage());
    }

    [Fact]
    public void ALM014_runtime_not_referenced()
    {
        Diagnostic d = Single("actors: []\n", "ALM014", includeRuntime: false);
        AssertAt(d, "dataset.yaml", 2, 3);
    }

    [Fact]
    public void ALM015_anchors_and_aliases_are_refused()
    {
        var result = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.Data("dataset.yaml", DatasetYaml),
            GeneratorHarness.Data("test.yaml", "actors:\n  - &a\n    id: a\n    name: A\n    kind: state\n  - *a\n"),
        });
        var found = result.Diagnostics.Where(d => d.Id == "ALM015").OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.Equal(2, found.Count);
        AssertAt(found[0], "test.yaml", 2, 5);
        AssertAt(found[1], "test.yaml", 6, 5);
    }

    [Fact]
    public void ALM017_invalid_namespace_setting()
    {
        var texts = new List<AlmanacInput> { GeneratorHarness.Data("dataset.yaml", DatasetYaml) };
        var result = GeneratorHarness.Run(texts, ns: "1x.Data");
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal("ALM017", d.Id);
        AssertAt(d, "dataset.yaml", 2, 3);
        Assert.Equal("The MSBuild property AlmanacNamespace is '1x.Data'; it must be a namespace: C# identifiers joined by dots, such as 'MyResearch.Data'", d.GetMessage());
        Assert.Empty(result.Sources);
    }

    /// <summary>A stand-in for the Almanac runtime that reads the data formats <paramref name="oldest"/> to <paramref name="newest"/>.</summary>
    internal static MetadataReference FakeRuntime(int oldest, int newest) =>
        GeneratorHarness.CompilationWith(Array.Empty<MetadataReference>(),
                $"namespace Almanac.Compiled {{ public static class CompiledDataset {{ public const int NewestFormat = {newest}; public const int OldestFormat = {oldest}; }} }}")
            .WithAssemblyName("Almanac")
            .ToMetadataReference();

    [Fact]
    public void ALM021_runtime_that_reads_other_data_formats()
    {
        // The format this generator writes for a runtime that reads it: the newest, which runtime and generator share.
        int format = Almanac.Compiled.CompiledDataset.NewestFormat;
        var texts = new List<AlmanacInput> { GeneratorHarness.Data("dataset.yaml", DatasetYaml), GeneratorHarness.Data("test.yaml", "actors:\n  - { id: a, name: A, kind: group, part-of: missing }\n") };
        var result = GeneratorHarness.Run(texts, GeneratorHarness.CompilationWith(new[] { FakeRuntime(format + 1, format + 2) }));
        Diagnostic d = Assert.Single(result.Diagnostics); // and no ALM006: nothing is linked for a runtime that cannot read the data
        Assert.Equal("ALM021", d.Id);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        AssertAt(d, "dataset.yaml", 2, 3);
        Assert.Equal($"The referenced Almanac runtime reads data formats {format + 1}–{format + 2} but this Almanac.Generator writes format {format}; use matching package versions",
            d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(result.Sources);

        // Without a dataset section it is reported at the start of the first file; a runtime older than the oldest format
        // this generator writes for a dataset that refers to no other (format 5) is named with that one.
        result = GeneratorHarness.Run(texts.Skip(1), GeneratorHarness.CompilationWith(new[] { FakeRuntime(2, 4) }));
        d = Assert.Single(result.Diagnostics, x => x.Id == "ALM021");
        AssertAt(d, "test.yaml", 1, 1);
        Assert.Equal("The referenced Almanac runtime reads data formats 2–4 but this Almanac.Generator writes format 5; use matching package versions",
            d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ALM021_a_runtime_that_reads_format_5_builds_a_dataset_that_refers_to_no_other_and_not_one_that_does()
    {
        // The runtime of toolchain 0.2.0 reads formats 4 and 5.
        MetadataReference runtime020 = FakeRuntime(4, 5);
        var own = GeneratorHarness.Run(new[] { GeneratorHarness.Data("dataset.yaml", DatasetYaml) }, GeneratorHarness.CompilationWith(new[] { runtime020 }));
        Assert.Empty(own.Diagnostics);
        Assert.NotEmpty(own.Sources);

        MetadataReference river = MetadataReference.CreateFromImage(ReferencedDatasetTests.CompileDataset());
        var extending = GeneratorHarness.Run(new[] { GeneratorHarness.Data("dataset.yaml", DatasetYaml + "actors:\n  - { id: a, name: A, kind: group, part-of: blue-state }\n") },
            GeneratorHarness.CompilationWith(new[] { runtime020, river }));
        Diagnostic d = Assert.Single(extending.Diagnostics);
        Assert.Equal("ALM021", d.Id);
        AssertAt(d, "dataset.yaml", 2, 3);
        Assert.Equal("The referenced Almanac runtime reads data formats 4–5 but this Almanac.Generator writes format 6; use matching package versions",
            d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(extending.Sources);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(-1, 0)]
    [InlineData(0, 1)]
    [InlineData(-5, 5)]
    public void A_runtime_whose_format_range_holds_the_generator_format_is_accepted(int below, int above)
    {
        int format = Almanac.Compiled.CompiledDataset.NewestFormat; // the newest, written for any runtime that reads it
        var result = GeneratorHarness.Run(new[] { GeneratorHarness.Data("dataset.yaml", DatasetYaml) },
            GeneratorHarness.CompilationWith(new[] { FakeRuntime(format + below, format + above) }));
        Assert.Empty(result.Diagnostics);
        Assert.NotEmpty(result.Sources);
    }

    [Fact]
    public void ALM020_yaml_that_was_not_utf8_is_located_at_the_first_bad_byte()
    {
        // "Blue \xff\xfe Force" as the compiler decodes it outside Windows, with its fallback (UTF-8 that replaces): one U+FFFD per byte that is not UTF-8.
        Diagnostic d = Only("ALM020", GeneratorHarness.Data("dataset.yaml", DatasetYaml),
            GeneratorHarness.Data("test.yaml", "actors:\n  - id: blue\n    name: Blue \uFFFD\uFFFD Force\n    kind: armed-forces\n", System.Text.Encoding.UTF8));
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        AssertAt(d, "test.yaml", 3, 16);
        Assert.Equal("The YAML file is not valid UTF-8: the compiler reads the byte here as '\uFFFD' (U+FFFD); save the file as UTF-8", d.GetMessage());
    }

    [Fact]
    public void ALM020_yaml_decoded_with_a_windows_code_page_is_located_at_the_first_byte_that_is_not_utf8()
    {
        // On Windows the compiler falls back to the ANSI code page: a valid "é" (C3 A9) reads as "Ã©", a Windows-1252 "é" (E9) as "é".
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        System.Text.Encoding windows1252 = System.Text.Encoding.GetEncoding(1252);
        byte[] bytes = System.Text.Encoding.UTF8.GetBytes("actors:\n  - id: cafe\n    name: Café ").Concat(new byte[] { 0xE9 }).Concat("\n    kind: militia\n"u8.ToArray()).ToArray();
        Diagnostic d = Only("ALM020", GeneratorHarness.Data("dataset.yaml", DatasetYaml), GeneratorHarness.Data("test.yaml", windows1252.GetString(bytes), windows1252));
        AssertAt(d, "test.yaml", 3, 17);
        Assert.Contains("reads the byte here as 'é' (U+00E9)", d.GetMessage());
    }

    [Fact]
    public void ALM020_not_reported_for_a_replacement_character_in_valid_utf8()
    {
        const string yaml = "actors:\n  - id: a\n    name: A \uFFFD\n    kind: group\n";
        // Decoded strictly, so the bytes were valid UTF-8, or never bytes: the U+FFFD was written as such.
        Assert.Empty(GeneratorHarness.Run(new[] { GeneratorHarness.Data("dataset.yaml", DatasetYaml), GeneratorHarness.Data("test.yaml", yaml, new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true)) }).Diagnostics);
        Assert.Empty(GeneratorHarness.Run(new[] { GeneratorHarness.Data("dataset.yaml", DatasetYaml), GeneratorHarness.Data("test.yaml", yaml) }).Diagnostics);
        // The same text decoded with replacement (a file with a UTF-8 byte-order mark) cannot be told from a bad byte.
        Only("ALM020", GeneratorHarness.Data("dataset.yaml", DatasetYaml), GeneratorHarness.Data("test.yaml", yaml, System.Text.Encoding.UTF8));
    }

    [Fact]
    public void ALM020_source_document_that_was_not_utf8_is_reported_and_its_quotes_are_not_checked()
    {
        // One error at the document, not a second one (ALM007) for the quote that the damage hides.
        Diagnostic d = Only("ALM020",
            GeneratorHarness.Data("dataset.yaml", DatasetYaml + SourcesYaml),
            GeneratorHarness.Document("doc.txt", "The Blue Force struck the town.\n\nA second p\uFFFDragraph.\n", System.Text.Encoding.UTF8),
            GeneratorHarness.Data("test.yaml", "events:\n  - id: e\n    name: E\n    kind: statement\n    date: 2020-05-20\n    time-precision: day\n    sources:\n      - { source: doc, quote: A second paragraph. }\n    place: p\n" + PlacesYaml));
        Assert.EndsWith("/seeds/doc.txt", d.Location.GetLineSpan().Path);
        AssertAt(d, "doc.txt", 3, 11);
        Assert.StartsWith("The source document is not valid UTF-8", d.GetMessage());
    }

    [Fact]
    public void An_id_named_like_the_dataset_class_still_compiles()
    {
        var texts = new List<AlmanacInput> { GeneratorHarness.Data("dataset.yaml", DatasetYaml + "actors:\n  - id: t-dataset\n    name: T\n    kind: group\n") };
        var result = GeneratorHarness.Run(texts);
        Assert.Empty(result.Diagnostics);
        Assert.True(result.CompilationDiagnostics.Count == 0, string.Join("\n", result.CompilationDiagnostics));
    }

    [Fact]
    public void A_missing_dataset_section_is_reported_even_when_another_file_has_errors()
    {
        var result = GeneratorHarness.Run(new[] { GeneratorHarness.Data("test.yaml", "actors:\n  - id: a\n    name: A\n    kind: stat\n") });
        Assert.Equal(new[] { "ALM004", "ALM013" }, result.Diagnostics.Select(d => d.Id).OrderBy(id => id));
    }

    [Fact]
    public void ALM030_warns_at_each_event_without_a_place_and_at_no_located_event()
    {
        const string yaml = "places:\n  - { id: town, name: Town, kind: town, location: { lat: 32.1, lon: 13.2 }, geo-precision: exact }\n"
            + "  - { id: country, name: Country, kind: country }\n"
            + "events:\n"
            + "  - { id: at-town, name: At town, kind: statement, date: 2020-05-20, time-precision: day, place: town, sources: [{ source: doc, quote: The Blue Force }] }\n"
            + "  - { id: unlocated, name: Unlocated, kind: statement, date: 2020-05-20, time-precision: day, sources: [{ source: doc, quote: The Blue Force }] }\n"
            + "  - { id: in-country, name: In country, kind: statement, date: 2020-05-20, time-precision: day, place: country, geo-precision: country, sources: [{ source: doc, quote: The Blue Force }] }\n"
            + "  - { id: misplaced, name: Misplaced, kind: statement, date: 2020-05-20, time-precision: day, place: twon, sources: [{ source: doc, quote: The Blue Force }] }\n";
        var result = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.Data("dataset.yaml", DatasetYaml + SourcesYaml), GeneratorHarness.Data("test.yaml", yaml), GeneratorHarness.Document("doc.txt", DocumentText),
        });
        // One warning, at the id of the event without a place; a place that does not resolve is reported as that (ALM006) only.
        Diagnostic d = Assert.Single(result.Diagnostics, x => x.Id == "ALM030");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        AssertAt(d, "test.yaml", 6, 11);
        Assert.StartsWith("The event 'unlocated' has no place;", d.GetMessage());
        Assert.Equal(new[] { "ALM006", "ALM030" }, result.Diagnostics.Select(x => x.Id).OrderBy(id => id));
    }

    [Fact]
    public void ALM030_is_an_error_where_the_project_makes_it_one()
    {
        // The compiler applies WarningsAsErrors (and TreatWarningsAsErrors, NoWarn) to the generator's diagnostics as to its own:
        // <WarningsAsErrors>$(WarningsAsErrors);ALM030</WarningsAsErrors> fails a build that leaves an event without a place.
        var texts = new[]
        {
            GeneratorHarness.Data("dataset.yaml", DatasetYaml + SourcesYaml),
            GeneratorHarness.Data("test.yaml", "events:\n  - { id: e, name: E, kind: statement, date: 2020-05-20, time-precision: day, sources: [{ source: doc, quote: The Blue Force }] }\n"),
            GeneratorHarness.Document("doc.txt", DocumentText),
        };
        var options = GeneratorHarness.Compilation().Options.WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["ALM030"] = ReportDiagnostic.Error });
        var result = GeneratorHarness.Run(texts, GeneratorHarness.Compilation().WithOptions(options));
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal(("ALM030", DiagnosticSeverity.Error), (d.Id, d.Severity));
    }

    [Fact]
    public void Every_descriptor_is_tested_or_documented()
    {
        var ids = typeof(AlmanacGenerator).Assembly.GetType("Almanac.Generator.Diagnostics")!
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Select(f => ((DiagnosticDescriptor)f.GetValue(null)!).Id)
            .ToList();
        var tested = typeof(DiagnosticTests).Assembly.GetTypes().SelectMany(t => t.GetMethods()).Select(m => m.Name.Split('_')[0])
            .Concat(Mistakes.Select(row => (string)row[0]))
            .ToHashSet();
        // ALM016 reports an internal failure instead of crashing; no valid or invalid input is known to reach it.
        Assert.DoesNotContain(ids, id => id != "ALM016" && !tested.Contains(id));
        string docs = File.ReadAllText(Path.Combine(TempDirectory.RepositoryRoot(), "docs", "diagnostics.md"));
        Assert.DoesNotContain(ids, id => !docs.Contains("## " + id));
    }
}
