using Microsoft.CodeAnalysis;

namespace Almanac.Generator.Tests;

/// <summary>
/// Scoped aliases: a name that holds only within one source ("Libyan army" is the GNA's army in one article and the LNA in
/// another) is never guessed by <c>Find</c>; <c>FindIn</c> uses it in its source and <c>Resolve</c> lists the candidates.
/// </summary>
public class ScopedAliasTests
{
    private const string Yaml = """
        dataset: { id: t, title: T, version: 1.0.0, license: CC0-1.0, citation: C }
        sources:
          - { id: gna-side, title: GNA-side article, kind: article }
          - { id: lna-side, title: LNA-side article, kind: article }
          - { id: wire, title: Wire report, kind: article }
        actors:
          - id: gna-forces
            name: GNA forces
            kind: armed-forces
            scoped-aliases:
              - { name: Libyan army, source: gna-side }
              - { name: LNA, source: gna-side }
          - id: lna
            name: Libyan National Army
            kind: armed-forces
            aliases: [LNA, Haftar's forces]
            scoped-aliases:
              - { name: Libyan army, source: lna-side }
        places:
          - id: tarhuna
            name: Tarhuna
            kind: town
            scoped-aliases:
              - { name: the town, source: wire }
        """;

    private static readonly Lazy<Dataset> s_dataset = new(() =>
    {
        var result = GeneratorHarness.Run(new[] { GeneratorHarness.Data("data.yaml", Yaml) });
        Assert.Empty(result.Diagnostics);
        return result.Dataset("Test.Data.TDataset");
    });

    [Fact]
    public void Find_does_not_guess_a_spelling_that_holds_only_within_a_source_or_that_another_entity_uses_there()
    {
        Dataset d = s_dataset.Value;
        Assert.Null(d.Actors.Find("Libyan army"));
        Assert.Null(d.Actors.Find("libyan-army"));
        // "LNA" is the LNA's alias everywhere, but the GNA-side article uses it for the GNA's forces: ambiguous.
        Assert.Null(d.Actors.Find("LNA"));
        Assert.Same(d.Actors.Get("lna"), d.Actors.Find("Haftar's forces"));
        Assert.Null(d.Places.Find("the town"));
        Assert.Same(d.Places.Get("tarhuna"), d.Places.Find("Tarhuna"));
    }

    [Fact]
    public void FindIn_uses_the_names_of_its_source_and_the_names_that_hold_everywhere()
    {
        Dataset d = s_dataset.Value;
        Source gnaSide = d.Sources.Get("gna-side"), lnaSide = d.Sources.Get("lna-side"), wire = d.Sources.Get("wire");
        Assert.Same(d.Actors.Get("gna-forces"), d.Actors.FindIn("Libyan army", gnaSide));
        Assert.Same(d.Actors.Get("lna"), d.Actors.FindIn("Libyan army", lnaSide));
        Assert.Null(d.Actors.FindIn("Libyan army", wire));
        Assert.Same(d.Actors.Get("gna-forces"), d.Actors.FindIn("LNA", gnaSide));
        Assert.Same(d.Actors.Get("lna"), d.Actors.FindIn("LNA", wire));
        Assert.Same(d.Actors.Get("lna"), d.Actors.FindIn("lna", gnaSide));
        Assert.Same(d.Places.Get("tarhuna"), d.Places.FindIn("the town", wire));
    }

    [Fact]
    public void Resolve_lists_the_candidates_of_an_ambiguous_spelling_with_their_sources()
    {
        Dataset d = s_dataset.Value;
        Resolution<Actor> army = d.Actors.Resolve("Libyan army");
        Assert.Equal(ResolvedBy.Ambiguous, army.By);
        Assert.Null(army.Entity);
        Assert.Equal(new[] { ("gna-forces", "gna-side"), ("lna", "lna-side") }, army.Candidates.Select(c => (c.Entity.Id, c.Source!.Id)));
        Assert.Equal("ambiguous: GNA forces (gna-forces) in gna-side; Libyan National Army (lna) in lna-side", army.ToString());

        Resolution<Actor> lna = d.Actors.Resolve("LNA");
        Assert.Equal(ResolvedBy.Ambiguous, lna.By);
        Assert.Equal(new[] { ("gna-forces", "gna-side"), ("lna", (string?)null) }, lna.Candidates.Select(c => (c.Entity.Id, c.Source?.Id)));

        Assert.Equal(ResolvedBy.Alias, d.Actors.Resolve("Haftar's forces").By);
        Assert.Equal(ResolvedBy.None, d.Actors.Resolve("Libyan navy").By);
        Assert.Empty(d.Actors.Resolve("Libyan navy").Candidates);
    }

    [Fact]
    public void The_lookup_table_leaves_out_the_aliases_that_Find_does_not_match()
    {
        // The analyzers check constant lookups against this table: an alias that another actor uses within a source
        // ("LNA") finds nothing at run time, so the table must not make it a match.
        var result = GeneratorHarness.Run(new[] { GeneratorHarness.Data("data.yaml", Yaml) });
        string text = result.Load().GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == Almanac.Lookup.LookupTable.MetadataKey).Value!;
        Almanac.Lookup.LookupKind actors = Almanac.Lookup.LookupTable.Read(text)!.Kinds.Single(k => k.Kind == "actor");
        Assert.Equal(new[] { "Haftar's forces" }, actors.Entities.Single(e => e.Id == "lna").Aliases);
        Assert.Null(s_dataset.Value.Actors.Find("LNA"));
        Assert.Same(s_dataset.Value.Actors.Get("lna"), s_dataset.Value.Actors.Find("Haftar's forces"));
    }

    [Fact]
    public void Two_entities_may_not_share_a_scoped_alias_in_one_source_ALM009()
    {
        string yaml = Yaml.Replace("- { name: Libyan army, source: lna-side }", "- { name: Libyan army, source: gna-side }", StringComparison.Ordinal);
        var result = GeneratorHarness.Run(new[] { GeneratorHarness.Data("data.yaml", yaml) });
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal("ALM009", d.Id);
        Assert.Equal("The scoped alias 'Libyan army' of actor 'lna' matches actor 'gna-forces' too (both normalise to 'libyanarmy' in source 'gna-side'); Find could not tell them apart", d.GetMessage());
    }

    [Fact]
    public void A_scoped_alias_names_a_registered_source_ALM006()
    {
        var result = GeneratorHarness.Run(new[] { GeneratorHarness.Data("data.yaml", Yaml.Replace("source: wire }", "source: wires }", StringComparison.Ordinal)) });
        Diagnostic d = Assert.Single(result.Diagnostics);
        Assert.Equal("ALM006", d.Id);
        Assert.Contains("wires", d.GetMessage());
    }
}
