using System.Runtime.Loader;
using Almanac.Generator.Referencing;
using Microsoft.CodeAnalysis.CSharp;

namespace Almanac.Generator.Tests;

/// <summary>
/// A dataset whose YAML refers to the actors, places and sources of a dataset it references (a compiled dataset assembly,
/// read through its lookup table): resolution, qualification, retired ids, diagnostics, the compiled data and the union queries.
/// </summary>
public class ReferencedDatasetTests
{
    /// <summary>The "small" fixture (dataset <c>river</c>) compiled into an assembly named <paramref name="assemblyName"/>,
    /// in namespace <paramref name="ns"/>, from <paramref name="texts"/> (the fixture by default).</summary>
    internal static byte[] CompileDataset(string assemblyName = "River", string ns = "Test.Data", List<AlmanacInput>? texts = null)
    {
        var run = GeneratorHarness.Run(texts ?? GeneratorHarness.Fixture("small"), ns: ns);
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        using var stream = new MemoryStream();
        var emit = run.Output.WithAssemblyName(assemblyName).Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        return stream.ToArray();
    }

    private static readonly Lazy<byte[]> s_river = new(() => CompileDataset());

    /// <summary>The river dataset, compiled once.</summary>
    internal static byte[] River => s_river.Value;

    /// <summary>A second dataset, <c>lake</c>, with an actor id that <c>river</c> has too (<c>blue-force</c>) and one of its own.</summary>
    private static readonly Lazy<byte[]> s_lake = new(() => CompileDataset("Lake", "Lake.Data", new List<AlmanacInput>
    {
        GeneratorHarness.Data("dataset.yaml", "dataset: { id: lake, title: Lake, version: '2.0.0', license: CC0-1.0, citation: Lake. }\n"
            + "actors:\n  - { id: blue-force, name: Lake Blue Force, kind: armed-forces }\n  - { id: lake-guard, name: Lake Guard, kind: militia }\n"
            + "places:\n  - { id: lake-shore, name: Lake Shore, kind: town }\n"
            + "sources:\n  - { id: lake-log, title: Lake log, kind: report }\n"
            + "events:\n  - { id: e-lake, name: Lake patrol, kind: armed-clash, date: 2020-05-01, time-precision: day, place: lake-shore, participants: [{ actor: lake-guard, role: attacker }], sources: [{ source: lake-log, claim: A patrol. }] }\n"),
    }));

    private const string ConsumerDataset = "dataset: { id: notes, title: Field notes, version: '0.1.0', license: CC0-1.0, citation: Notes. }\n";

    internal static GeneratorHarness.Result RunConsumer(string yaml, params byte[][] referenced) =>
        GeneratorHarness.Run(new[] { GeneratorHarness.Data("notes.yaml", ConsumerDataset + yaml) },
            GeneratorHarness.Compilation(true).AddReferences(referenced.Select(r => MetadataReference.CreateFromImage(r))), ns: "Notes.Data");

    /// <summary>The river dataset and the consumer's (<c>Notes.Data.NotesDataset</c>) of <paramref name="run"/>, loaded into
    /// one collectible context, as a program that references both has them.</summary>
    internal static (AssemblyLoadContext Context, System.Reflection.Assembly Notes, Almanac.Dataset River, Almanac.Dataset NotesDataset) Load(GeneratorHarness.Result run)
    {
        var context = new AssemblyLoadContext(null, isCollectible: true);
        var river = context.LoadFromStream(new MemoryStream(s_river.Value));
        using var stream = new MemoryStream();
        Assert.True(run.Output.Emit(stream).Success);
        stream.Position = 0;
        var notesAssembly = context.LoadFromStream(stream);
        return (context, notesAssembly,
            (Almanac.Dataset)river.GetType("Test.Data.RiverDataset", true)!.GetProperty("Dataset")!.GetValue(null)!,
            (Almanac.Dataset)notesAssembly.GetType("Notes.Data.NotesDataset", true)!.GetProperty("Dataset")!.GetValue(null)!);
    }

    private static string[] Messages(GeneratorHarness.Result run, string id) =>
        run.Diagnostics.Where(d => d.Id == id).Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    [Fact]
    public void The_lookup_table_of_a_referenced_assembly_is_read_into_the_model()
    {
        var dataset = ReferencedDataset.Read(MetadataReference.CreateFromImage(s_river.Value), CancellationToken.None);
        Assert.NotNull(dataset);
        Assert.Equal(("river", "1.2.3", "Test.Data", "RiverDataset"), (dataset!.Id, dataset.Version, dataset.Namespace, dataset.ClassName));
        Assert.Equal(new[] { "source", "actor", "place" }, dataset.Kinds.Select(k => k.Kind));
        Assert.Equal(new[] { "blue-force", "blue-state", "red-militia" }, dataset.Kind("actor")!.Entities.Select(e => e.Id));
        Assert.Contains("Blues", dataset.Kind("actor")!.Entities[0].Aliases);
        Assert.Null(ReferencedDataset.Read(MetadataReference.CreateFromFile(typeof(Almanac.Actor).Assembly.Location), CancellationToken.None));
    }

    /// <summary>A consumer's actors, places and events that name the river dataset's, bare and qualified.</summary>
    internal const string EventsOverRiver = """
        actors:
          - { id: village-council, name: Village Council, kind: local-authority, part-of: blue-state }
        places:
          - { id: mill, name: The mill, kind: site, within: river-town }
        events:
          - id: 2020-05-20-mill-raid
            name: Red Militia raids the mill
            kind: armed-clash
            date: 2020-05-20
            time-precision: day
            place: mill
            participants:
              - { actor: red-militia, role: attacker }
              - { actor: village-council, role: target }
            sources:
              - { source: river:report, claim: The report mentions a raid. }
          - id: 2020-05-18-town-meeting
            name: Blue Force meets the council
            kind: agreement
            date: 2020-05-18
            time-precision: day
            place: river:river-town
            participants:
              - { actor: river:blue-force, role: participant }
            sources:
              - { source: gazetteer, claim: A meeting. }
        """;

    [Fact]
    public void References_to_a_referenced_dataset_resolve_to_its_own_objects_and_its_queries_answer_with_the_events_of_both()
    {
        var run = RunConsumer(EventsOverRiver, s_river.Value);
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Empty(run.CompilationDiagnostics);

        var (context, notesAssembly, riverDataset, notes) = Load(run);

        Assert.Equal(new[] { riverDataset }, notes.Extends);
        Almanac.Actor redMilitia = riverDataset.Actors.Get("red-militia");
        Almanac.Event raid = notes.Events.Get("2020-05-20-mill-raid");
        Assert.Same(redMilitia, raid.Participants[0].Actor);
        Assert.Same(riverDataset.Places.Get("river-town"), notes.Places.Get("mill").Within);
        Assert.Same(riverDataset.Actors.Get("blue-state"), notes.Actors.Get("village-council").PartOf);
        Assert.Same(riverDataset.Sources.Get("report"), raid.Citations[0].Source);
        Assert.Equal("river", redMilitia.Dataset.Id);
        Assert.Equal("notes", raid.Dataset.Id);

        // The union: the river dataset's events and the notes' events, by date.
        Assert.Equal(new[] { "2020-05-19-river-town-strike:river", "2020-05-20-mill-raid:notes", "2020-05-20-red-statement:river" },
            notes.Events.Involving(redMilitia).Select(e => e.Id + ":" + e.Dataset.Id));
        // Blue State: the river event through Blue Force (part of it there), the meeting through Blue Force, the raid through the council (part of it here).
        Assert.Equal(new[] { "2020-05-18-town-meeting", "2020-05-19-river-town-strike", "2020-05-20-mill-raid" },
            notes.Events.Involving(riverDataset.Actors.Get("blue-state")).Select(e => e.Id));
        // Blueland: the river dataset's events within it, the meeting at River Town, the raid at the mill within River Town.
        Assert.Equal(new[] { "2020-05-18-town-meeting", "2020-05-19-river-town-strike", "2020-05-20-mill-raid", "2020-05-20-red-statement" },
            notes.Events.At(riverDataset.Places.Get("blueland")).Select(e => e.Id));
        Assert.Equal(new[] { "2020-05-18-town-meeting", "2020-05-19-river-town-strike" },
            notes.Events.AtExactly(riverDataset.Places.Get("river-town")).Select(e => e.Id));
        // Between and Near answer over both datasets too; the collection itself is the dataset's own events.
        Assert.Equal(new[] { "2020-05-18-town-meeting:notes", "2020-05-19-river-town-strike:river", "2020-05-20-mill-raid:notes", "2020-05-20-red-statement:river" },
            notes.Events.Between(new DateOnly(2020, 5, 18), new DateOnly(2020, 5, 20)).Select(e => e.Id + ":" + e.Dataset.Id));
        Assert.Equal(new[] { "2020-05-18-town-meeting", "2020-05-19-river-town-strike" },
            notes.Events.Near(riverDataset.Places.Get("river-town").Location!.Value, 1).Select(e => e.Id));
        Assert.Equal(new[] { "2020-05-18-town-meeting", "2020-05-20-mill-raid" }, notes.Events.Select(e => e.Id));
        // The referenced dataset's own queries are unchanged.
        Assert.Equal(new[] { "2020-05-19-river-town-strike", "2020-05-20-red-statement" }, riverDataset.Events.Involving(redMilitia).Select(e => e.Id));
        context.Unload();
    }

    private static string DataSource(GeneratorHarness.Result run) => run.Sources.Single(s => s.HintName.EndsWith(".Data.g.cs", StringComparison.Ordinal)).Text;

    [Fact]
    public void The_data_is_written_in_format_7_and_for_an_older_runtime_in_format_5_or_6_when_it_names_entities_of_another_dataset()
    {
        var own = RunConsumer("actors:\n  - { id: a, name: A, kind: group }\n", s_river.Value);
        Assert.Contains("\"ALM\\u0007", DataSource(own));
        Assert.DoesNotContain(own.Sources, s => s.Text.Contains("global::Test.Data.RiverDataset.Dataset", StringComparison.Ordinal));
        var extending = RunConsumer(EventsOverRiver, s_river.Value);
        Assert.Contains("\"ALM\\u0007", DataSource(extending));
        Assert.Contains(extending.Sources, s => s.Text.Contains("global::Test.Data.RiverDataset.Dataset,", StringComparison.Ordinal));

        // A runtime that reads formats 4 to 6 (one of toolchain 0.3.0 before format 7) gets what that release wrote: the ids
        // of events in their records, format 5 for a dataset that names no entity of another, 6 for one that does.
        Assert.Contains("\"ALM\\u0005", DataSource(RunForRuntime("actors:\n  - { id: a, name: A, kind: group }\n", 4, 6)));
        Assert.Contains("\"ALM\\u0006", DataSource(RunForRuntime(EventsOverRiver, 4, 6)));
    }

    /// <summary>The consumer of <paramref name="yaml"/> over the river dataset, built against a stand-in runtime that reads
    /// formats <paramref name="oldest"/> to <paramref name="newest"/>.</summary>
    private static GeneratorHarness.Result RunForRuntime(string yaml, int oldest, int newest)
    {
        var run = GeneratorHarness.Run(new[] { GeneratorHarness.Data("notes.yaml", ConsumerDataset + yaml) },
            GeneratorHarness.CompilationWith(new[] { DiagnosticTests.FakeRuntime(oldest, newest), MetadataReference.CreateFromImage(s_river.Value) }), ns: "Notes.Data");
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        return run;
    }

    [Theory]
    [InlineData(5, "actors:\n  - { id: a, name: A, kind: group }\n"
        + "events:\n  - { id: 2020-05-21-b, name: B, kind: armed-clash, date: 2020-05-21, time-precision: day, participants: [{ actor: a, role: attacker }], sources: [{ source: s, claim: c }] }\n"
        + "  - { id: 2020-05-20-a, name: A, kind: armed-clash, date: 2020-05-20, time-precision: day, participants: [{ actor: a, role: target }], sources: [{ source: s, claim: c }] }\n"
        + "sources:\n  - { id: s, title: S, kind: report }\n")]
    [InlineData(6, EventsOverRiver)]
    public void Data_of_formats_5_and_6_with_the_ids_of_events_in_their_records_is_read_as_the_same_data_of_format_7(int format, string yaml)
    {
        // The data of an older format, as the generator writes it for a runtime that reads no newer one (and as earlier
        // releases wrote it), opened with this runtime next to the same dataset compiled in format 7.
        var (context, _, river, current) = Load(RunConsumer(yaml, s_river.Value));
        string older = DataSource(RunForRuntime(yaml, 4, format));
        Assert.Contains("\"ALM\\u000" + format, older);
        var compiled = CSharpCompilation.Create("Older", new[] { CSharpSyntaxTree.ParseText(older, GeneratorHarness.ParseOptions) },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) }, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        Assert.True(compiled.Emit(stream).Success);
        stream.Position = 0;
        Type holder = context.LoadFromStream(stream).GetType("Notes.Data.NotesDataset+Holder", true)!;
        Almanac.Dataset read = Almanac.Compiled.CompiledDataset.Open(current.Info, holder, "Data", new[] { river });

        Assert.NotEmpty(read.Events);
        Assert.Equal(current.Events.Select(e => e.Id), read.Events.Select(e => e.Id));
        foreach (Almanac.Event e in current.Events)
        {
            // By id: the candidate of the id table confirmed by the id in its record, before the event is decoded.
            Almanac.Event same = read.Events.Get(e.Id);
            Assert.Equal((e.Id, e.Name, e.Date, e.Place?.Id), (same.Id, same.Name, same.Date, same.Place?.Id));
            Assert.Equal(e.Participants.Select(p => p.Actor.Id + ":" + p.Actor.Dataset.Id), same.Participants.Select(p => p.Actor.Id + ":" + p.Actor.Dataset.Id));
        }
        Assert.Equal(current.Events.Select(e => e.Id), read.Events.Select(e => e.Id));
        Assert.Equal(current.Actors.Select(a => a.Id), read.Actors.Select(a => a.Id));
        Assert.False(read.Events.ContainsId("no-such-event"));
        context.Unload();
    }

    [Fact]
    public void An_unknown_reference_is_reported_at_its_line_with_the_closest_ids_of_both_datasets()
    {
        var run = RunConsumer("actors:\n  - { id: blue-farmers, name: Blue Farmers, kind: group }\nevents:\n"
            + "  - { id: e, name: E, kind: armed-clash, date: 2020-05-01, time-precision: day, place: river-town, participants: [{ actor: blue-forse, role: attacker }], sources: [{ source: report, claim: c }] }\n",
            s_river.Value);
        var unknown = Assert.Single(run.Diagnostics, d => d.Id == "ALM006");
        Assert.Equal(4, unknown.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal("Unknown actor 'blue-forse'; closest ids: blue-force, blue-farmers, blue-state", unknown.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ALM031_a_bare_id_in_two_referenced_datasets_is_ambiguous_and_a_qualified_one_is_not()
    {
        const string Events = "events:\n"
            + "  - { id: e1, name: E1, kind: armed-clash, date: 2020-05-01, time-precision: day, place: river-town, participants: [{ actor: blue-force, role: attacker }], sources: [{ source: report, claim: c }] }\n"
            + "  - { id: e2, name: E2, kind: armed-clash, date: 2020-05-02, time-precision: day, place: lake-shore, participants: [{ actor: lake:blue-force, role: attacker }, { actor: lake-guard, role: target }], sources: [{ source: report, claim: c }] }\n"
            + "  - { id: e3, name: E3, kind: armed-clash, date: 2020-05-03, time-precision: day, place: pond:shore, participants: [{ actor: river:blue-force, role: attacker }], sources: [{ source: report, claim: c }] }\n";
        var run = RunConsumer(Events, s_river.Value, s_lake.Value);
        Assert.Equal(new[] { "The actor id 'blue-force' is in more than one referenced dataset; qualify it with the dataset's id: 'lake:blue-force', 'river:blue-force'" },
            Messages(run, "ALM031"));
        Assert.Equal(new[] { "Unknown place 'pond:shore'; 'pond' is neither this dataset nor a referenced one (referenced datasets: lake, river)" },
            Messages(run, "ALM006"));
    }

    [Fact]
    public void A_renamed_id_of_a_referenced_dataset_warns_names_its_successor_and_links_it_and_a_removed_one_is_an_error()
    {
        var renamed = GeneratorHarness.Fixture("small");
        int entities = renamed.FindIndex(t => t.Path.EndsWith("/entities.yaml", StringComparison.Ordinal));
        renamed[entities] = GeneratorHarness.Data("entities.yaml", renamed[entities].GetText()!.ToString().Replace("red-militia", "red-brigade", StringComparison.Ordinal)
            .Replace("retired:\n", "retired:\n  - { actor: red-militia, replaced-by: red-brigade, since: 1.2.3, reason: Renamed. }\n  - { place: old-mill, since: 1.2.0, reason: Torn down. }\n", StringComparison.Ordinal));
        byte[] river2 = CompileDataset(texts: renamed);
        var run = RunConsumer("events:\n  - { id: e, name: E, kind: armed-clash, date: 2020-05-01, time-precision: day, place: river:old-mill, participants: [{ actor: red-militia, role: attacker }], sources: [{ source: report, claim: c }] }\n",
            river2);
        var warning = Assert.Single(run.Diagnostics, d => d.Id == "ALM024");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("The actor 'red-militia' was renamed to 'red-brigade' in river 1.2.3; the reference is linked to 'red-brigade': write 'red-brigade' here",
            warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new[] { "The place 'river:old-mill' was removed in 1.2.0 (by the referenced dataset 'river' 1.2.3: Torn down.); refer to another place or remove the reference" },
            Messages(run, "ALM025"));
    }

    [Fact]
    public void ALM032_an_entity_that_a_referenced_dataset_defines_is_not_defined_again()
    {
        var run = RunConsumer("actors:\n  - { id: blue-force, name: Our Blue Force, kind: armed-forces }\n  - { id: green-force, name: Green Force, kind: armed-forces }\n", s_river.Value);
        var redefined = Assert.Single(run.Diagnostics, d => d.Id == "ALM032");
        Assert.Equal(DiagnosticSeverity.Error, redefined.Severity);
        Assert.Equal(2, redefined.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal("The actor 'blue-force' is defined by the referenced dataset 'river'; refer to it ('river:blue-force') instead of defining it again, and choose another id for an entity of your own",
            redefined.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Extends_adds_aliases_that_the_datasets_find_matches_and_the_referenced_datasets_does_not()
    {
        var run = RunConsumer(EventsOverRiver + "\n" + """
            extends:
              - { actor: river:red-militia, aliases: ["The Reds of the Valley"], notes: Our interviewees' name for them. }
              - { place: river-town, aliases: [Townsville] }
            """, s_river.Value);
        Assert.DoesNotContain(run.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        var (context, notesAssembly, riverDataset, notes) = Load(run);

        Almanac.Actor reds = riverDataset.Actors.Get("red-militia");
        Assert.Same(reds, notes.Actors.Find("the reds of the valley"));
        Assert.Same(riverDataset.Places.Get("river-town"), notes.Places.Find("TOWNSVILLE"));
        Assert.Same(notes.Places.Get("mill"), notes.Places.Find("The mill"));
        Assert.Null(riverDataset.Actors.Find("the reds of the valley"));
        Assert.Null(notes.Actors.Find("Reds")); // the referenced dataset's own alias: its Find's, not this dataset's
        Assert.Equal(Almanac.ResolvedBy.Alias, notes.Actors.Resolve("The Reds of the Valley").By);
        Assert.Equal(new[] { ("red-militia", "The Reds of the Valley", (string?)"Our interviewees' name for them."), ("river-town", "Townsville", (string?)null) },
            notes.Extensions.Select(x => (x.Entity.Id, string.Join(",", x.Aliases), x.Notes)));
        Assert.Same(reds, notes.Extensions[0].Entity);
        // Link finds the added aliases too, as the referenced dataset's own objects.
        IReadOnlyList<Almanac.Mention> mentions = notes.Link("We met the Reds of the Valley in Townsville.");
        Assert.Equal(new[] { "the Reds of the Valley", "Townsville" }, mentions.Select(m => m.Text));
        Assert.Same(reds, mentions[0].Entity);
        Assert.Same(riverDataset.Places.Get("river-town"), mentions[1].Entity);
        // The referenced dataset's own Link knows its own alias "Reds" only.
        Assert.Equal(new[] { ("Reds", "red-militia") }, riverDataset.Link("We met the Reds of the Valley in Townsville.").Select(m => (m.Text, m.Entity!.Id)));
        // The dataset's lookup table lists the added aliases for the analyzers, apart from its own entities; a dataset that
        // references this one reads its own entities only.
        string table = notesAssembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == Almanac.Lookup.LookupTable.MetadataKey).Value!;
        Assert.StartsWith("almanac-lookup-table\t1\n", table, StringComparison.Ordinal);
        Assert.Contains("\nriver:red-militia\t\triver:red-militia\tThe Reds of the Valley\n", table, StringComparison.Ordinal);
        var asReferenced = ReferencedDataset.From(Almanac.Lookup.LookupTable.Read(table)!);
        Assert.Equal(new[] { "village-council" }, asReferenced.Kind("actor")!.Entities.Select(e => e.Id));
        context.Unload();
    }

    [Fact]
    public void ALM033_an_extension_names_one_entity_of_a_referenced_dataset_once()
    {
        var run = RunConsumer("""
            actors:
              - { id: blue-farmers, name: Blue Farmers, kind: group }
            extends:
              - { actor: blue-farmers, aliases: [Farmers] }
              - { actor: red-militia, aliases: [Reds of the hills] }
              - { actor: river:red-militia, notes: Again. }
              - { aliases: [Nobody] }
              - { actor: blue-force, place: river-town }
              - { actor: red-militia-x, aliases: [X] }
              - { actor: blue-state, aliases: [blue farmers] }
            """, s_river.Value);
        Assert.Equal(new[]
        {
            "An extension must name the entity it extends with one of the keys actor, place, source (the key is its kind), such as 'actor: libya:gna'",
            "An extension names one entity, but this one has actor and place; write one entry for each",
            "The actor 'blue-farmers' is this dataset's own; 'extends' adds to an entity of a referenced dataset: give these aliases and notes in the actor's own entry",
            "The actor 'river:red-militia' is extended again (first at notes.yaml(6,14)); keep one entry for it",
        }, Messages(run, "ALM033"));
        Assert.Single(Messages(run, "ALM006"), m => m.StartsWith("Unknown actor 'red-militia-x'; closest ids: red-militia", StringComparison.Ordinal));
        Assert.Equal(new[] { "The alias 'blue farmers' of actor 'blue-state' matches actor 'blue-farmers' too (both normalise to 'bluefarmers'); Find could not tell them apart" },
            Messages(run, "ALM009"));
    }

    [Fact]
    public void A_quote_of_a_referenced_source_cannot_be_checked()
    {
        var run = RunConsumer("actors:\n  - { id: a, name: A, kind: group, sources: [{ source: report, quote: Blue Force aircraft }] }\n", s_river.Value);
        Assert.Equal(new[] { "The quote cannot be checked: source 'river:report' has no local document; cite it with 'claim:' (what the source says, in your words) or give the source a document" },
            Messages(run, "ALM027"));
    }

    [Fact]
    public void The_referenced_ids_are_read_again_when_the_references_change_and_not_when_a_yaml_or_cs_file_is_edited()
    {
        var texts = new List<AlmanacInput> { GeneratorHarness.Data("notes.yaml", ConsumerDataset + EventsOverRiver) };
        var river = MetadataReference.CreateFromImage(s_river.Value);
        CSharpCompilation compilation = GeneratorHarness.Compilation(true, "internal static class A { }").AddReferences(river);
        GeneratorDriver driver = GeneratorHarness.Driver(texts, "Notes.Data").RunGenerators(compilation);
        Assert.DoesNotContain(driver.GetRunResult().Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);

        IncrementalStepRunReason[] Reasons(string step) =>
            driver.GetRunResult().Results.Single().TrackedSteps[step].SelectMany(r => r.Outputs).Select(o => o.Reason).ToArray();

        driver = driver.ReplaceAdditionalText(texts[0], GeneratorHarness.Data("notes.yaml", ConsumerDataset + EventsOverRiver.Replace("The mill", "The old mill", StringComparison.Ordinal)))
            .RunGenerators(compilation);
        Assert.All(Reasons(TrackingNames.ReferencedDataset), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(TrackingNames.ReferencedDatasets), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(TrackingNames.Link));

        SyntaxTree tree = compilation.SyntaxTrees.Single();
        compilation = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText("internal static class A { static int B => 1; }", GeneratorHarness.ParseOptions, tree.FilePath));
        driver = driver.RunGenerators(compilation);
        Assert.All(Reasons(TrackingNames.ReferencedDataset), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(TrackingNames.Link), r => Assert.Equal(IncrementalStepRunReason.Cached, r));

        // A new release of the referenced dataset (another reference) is read, and the link runs again.
        compilation = compilation.RemoveReferences(river).AddReferences(MetadataReference.CreateFromImage(s_lake.Value), MetadataReference.CreateFromImage(s_river.Value));
        driver = driver.RunGenerators(compilation);
        Assert.Contains(Reasons(TrackingNames.ReferencedDataset), r => r is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(TrackingNames.ReferencedDatasets));
    }
}
