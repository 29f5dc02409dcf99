namespace Almanac.Generator.Tests;

/// <summary>
/// Dataset.Link over a compiled dataset: the spellings the generator stored in the link automaton, resolved as Find,
/// FindIn and Resolve resolve them (scoped aliases, a spelling shared by an actor and a place).
/// </summary>
public class LinkSectionTests
{
    private const string Yaml = """
        dataset: { id: t, title: T, version: 1.0.0, license: CC0-1.0, citation: C }
        sources:
          - { id: gna-side, title: GNA-side article, kind: article }
          - { id: lna-side, title: LNA-side article, kind: article }
        actors:
          - id: gna-forces
            name: GNA forces
            kind: armed-forces
            aliases: [Al-Wefaq forces]
            scoped-aliases:
              - { name: Libyan army, source: gna-side }
          - id: lna
            name: Libyan National Army
            kind: armed-forces
            aliases: [LNA]
            scoped-aliases:
              - { name: Libyan army, source: lna-side }
              - { name: LNA, source: lna-side }
          - { id: russia, name: Russia, kind: state }
        places:
          - { id: russia, name: Russia, kind: country }
          - { id: tarhuna, name: Tarhuna, kind: town, aliases: [ترهونة] }
        """;

    private static readonly Lazy<Dataset> s_dataset = new(() =>
    {
        var result = GeneratorHarness.Run(new[] { GeneratorHarness.Data("data.yaml", Yaml) });
        Assert.Empty(result.Diagnostics);
        return result.Dataset("Test.Data.TDataset");
    });

    private static string Describe(Mention m) =>
        $"{m.Text}={(m.Entity is { } e ? e.GetType().Name + ":" + e.Id : "?" + string.Join("|", m.Candidates.Select(c => c.Entity.GetType().Name + ":" + c.Entity.Id + (c.Source is null ? "" : "@" + c.Source.Id))))}";

    [Fact]
    public void Links_every_spelling_the_dataset_knows_and_reports_what_it_cannot_settle()
    {
        Dataset d = s_dataset.Value;
        const string text = "The LNA and al wefaq forces met the Libyan army near TARHUNA (ترهونة), said Russia.";
        Assert.Equal(
            new[] { "LNA=Actor:lna", "al wefaq forces=Actor:gna-forces", "Libyan army=?Actor:gna-forces@gna-side|Actor:lna@lna-side", "TARHUNA=Place:tarhuna", "ترهونة=Place:tarhuna", "Russia=?Actor:russia|Place:russia" },
            d.Link(text).Select(Describe));
        // Within a source, its scoped aliases name their entity; the LNA's own scoped "LNA" changes nothing.
        Assert.Equal(
            new[] { "LNA=Actor:lna", "al wefaq forces=Actor:gna-forces", "Libyan army=Actor:gna-forces", "TARHUNA=Place:tarhuna", "ترهونة=Place:tarhuna", "Russia=?Actor:russia|Place:russia" },
            d.Link(text, d.Sources.Get("gna-side")).Select(Describe));
        Assert.Equal("Libyan army=Actor:lna", Describe(d.Link("the Libyan army", d.Sources.Get("lna-side")).Single()));
        // As Find: the spellings Find settles in one kind, Link settles too.
        Assert.Same(d.Actors.Find("LNA"), d.Link("LNA").Single().Entity);
        Assert.Same(d.Places.Find("ترهونة"), d.Link("ترهونة").Single().Entity);
    }
}
