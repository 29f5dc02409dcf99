using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Almanac.Analyzers.Tests;

/// <summary>The diagnostics of string lookups with constants: one test per diagnostic, then what is not reported.</summary>
public class StringLookupAnalyzerTests
{
    private static string Program(string body) => $$"""
        using Valley.Data;

        internal static class Study
        {
            private const string Misspelled = "hafter";

            public static void Run()
            {
        {{body}}
            }
        }
        """;

    [Fact]
    public async Task ALMA001_a_constant_that_matches_nothing_warns_at_the_literal_with_the_closest_id()
    {
        await Verify.Analyzer(Program("""
                    Actors.Get({|#0:"hafter"|});
                    Places.Find({|#1:"tarhunah"|});
                    Actors.TryGet({|#2:"zzqx-unknown"|}, out _);
                    Actors.Resolve({|#3:Misspelled|});
                    Places.Find({|#4:"TARABULS"|});
            """),
            Verify.Diagnostic(Descriptors.UnknownIdOrAlias, 0, "No actor has the id or alias 'hafter'; did you mean 'haftar' (Khalifa Haftar)?"),
            Verify.Diagnostic(Descriptors.UnknownIdOrAlias, 1, "No place has the id or alias 'tarhunah'; did you mean 'tarhuna' (Tarhuna)?"),
            Verify.Diagnostic(Descriptors.UnknownIdOrAlias, 2, "No actor has the id or alias 'zzqx-unknown'"),
            Verify.Diagnostic(Descriptors.UnknownIdOrAlias, 3, "No actor has the id or alias 'hafter'; did you mean 'haftar' (Khalifa Haftar)?"),
            // The closest is found over the normalised ids, names and aliases (here the alias Tarabulus), and named by its entity's id.
            Verify.Diagnostic(Descriptors.UnknownIdOrAlias, 4, "No place has the id or alias 'TARABULS'; did you mean 'tripoli' (Tripoli)?"));
    }

    [Fact]
    public async Task ALMA002_a_name_or_alias_given_to_Get_or_TryGet_warns_that_they_take_ids()
    {
        await Verify.Analyzer(Program("""
                    Actors.Get({|#0:"Al-Wefaq"|});
                    Actors.TryGet({|#1:"Hifter"|}, out _);
                    Actors.Get({|#2:"GNA"|});
                    Events.Get({|#3:"GNA forces take Tarhuna"|});
            """),
            Verify.Diagnostic(Descriptors.AliasGivenForId, 0, "'Al-Wefaq' is not the id of any actor but a name of 'gna' (Government of National Accord); Get takes ids: use Actors.Gna, Actors.Find or the id 'gna'"),
            Verify.Diagnostic(Descriptors.AliasGivenForId, 1, "'Hifter' is not the id of any actor but a name of 'haftar' (Khalifa Haftar); TryGet takes ids: use the id 'haftar'"),
            Verify.Diagnostic(Descriptors.AliasGivenForId, 2, "'GNA' is not the id of any actor but a name of 'gna' (Government of National Accord); Get takes ids: use Actors.Gna, Actors.Find or the id 'gna'"),
            Verify.Diagnostic(Descriptors.AliasGivenForId, 3, "'GNA forces take Tarhuna' is not the id of any event but a name of '2020-06-05-tarhuna-taken' (GNA forces take Tarhuna); Get takes ids: use Events.Find or the id '2020-06-05-tarhuna-taken'"));
    }

    [Fact]
    public async Task ALMA003_a_constant_that_names_an_entity_with_a_member_suggests_the_member()
    {
        await Verify.Analyzer(Program("""
                    Actors.Get({|#0:"haftar"|});
                    Actors.Find({|#1:"Al-Wefaq"|});
                    Valley.Data.Places.Find({|#2:"\u062a\u0631\u0647\u0648\u0646\u0629"|});
                    // TryGet and Resolve say more than the member (whether, and how): no suggestion; nor for an entity without a member.
                    Actors.TryGet("haftar", out _);
                    Actors.Resolve("gna");
                    Events.Get("2020-06-05-tarhuna-taken");
            """),
            Verify.Diagnostic(Descriptors.UseTypedMember, 0, "Use Actors.Haftar: 'haftar' is the actor 'haftar' (Khalifa Haftar), and the member is checked by the compiler"),
            Verify.Diagnostic(Descriptors.UseTypedMember, 1, "Use Actors.Gna: 'Al-Wefaq' is the actor 'gna' (Government of National Accord), and the member is checked by the compiler"),
            Verify.Diagnostic(Descriptors.UseTypedMember, 2, "Use Places.Tarhuna: '\u062a\u0631\u0647\u0648\u0646\u0629' is the place 'tarhuna' (Tarhuna), and the member is checked by the compiler"));
    }

    [Fact]
    public async Task ALMA004_a_retired_id_warns_with_its_successor_or_when_it_was_removed()
    {
        await Verify.Analyzer(Program("""
                    Actors.Get({|#0:"gna-forces"|});
                    Actors.Resolve({|#1:"gna-forces"|});
                    Actors.Get({|#2:"old-militia"|});
                    Actors.Find({|#3:"old-militia"|});
            """),
            Verify.Diagnostic(Descriptors.RetiredId, 0, "The actor id 'gna-forces' was renamed to 'gna' in 0.2.0; use 'gna'"),
            Verify.Diagnostic(Descriptors.RetiredId, 1, "The actor id 'gna-forces' was renamed to 'gna' in 0.2.0; use 'gna'"),
            Verify.Diagnostic(Descriptors.RetiredId, 2, "The actor id 'old-militia' was removed in 0.2.0: Get throws"),
            Verify.Diagnostic(Descriptors.RetiredId, 3, "The actor id 'old-militia' was removed in 0.2.0: the lookup finds nothing"));
    }

    [Fact]
    public async Task ALMA005_a_name_that_holds_only_within_a_source_warns_that_Find_matches_nothing()
    {
        const string Use = "use Actors.FindIn with the source the text comes from, or Actors.Resolve to see the candidates";
        await Verify.Analyzer(Program("""
                    Actors.Find({|#0:"Government of Reconciliation"|});
                    Actors.Get({|#1:"government of reconciliation"|});
                    Actors.Find({|#2:"Libyan army"|});
                    // Resolve lists the candidates: it is the call to make for such a name.
                    Actors.Resolve("government of reconciliation");
                    Actors.Resolve("Libyan army");
            """),
            Verify.Diagnostic(Descriptors.ScopedName, 0, "'Government of Reconciliation' does not name one actor everywhere: within the source 'article' it is 'gna' (Government of National Accord); Find matches nothing for it: " + Use),
            Verify.Diagnostic(Descriptors.ScopedName, 1, "'government of reconciliation' does not name one actor everywhere: within the source 'article' it is 'gna' (Government of National Accord); Get matches nothing for it: " + Use),
            // A name of one entity that is another's scoped alias: Find matches nothing for it either.
            Verify.Diagnostic(Descriptors.ScopedName, 2, "'Libyan army' does not name one actor everywhere: everywhere it is the name of 'libyan-army' (Libyan army); within the source 'article' it is 'gna' (Government of National Accord); Find matches nothing for it: " + Use));
    }

    [Fact]
    public async Task Lookups_that_are_not_constants_or_not_of_a_dataset_are_not_checked()
    {
        await Verify.Analyzer("""
            using Valley.Data;

            internal static class Actors2
            {
                public static object? Get(string id) => null;
            }

            internal static class Study
            {
                public static void Run(string id)
                {
                    Actors.Get(id);
                    Actors.Find(id + "x");
                    Actors2.Get("hafter");
                    Actors.Get("haftar" + id);
                    Actors.TryGet(id, out _);
                    string? none = null;
                    Actors.Find(none!);
                }
            }
            """);
    }

    [Fact]
    public async Task A_class_of_the_same_name_in_an_assembly_without_a_table_is_not_checked()
    {
        var table = TestDataset.Table();
        // The same classes, but the table is that of another namespace: nothing in Valley.Data is a dataset's class.
        MetadataReference other = await TestDataset.Compile("Valley.Data", "Valley.Data", TestDataset.Table(@namespace: "Elsewhere"));
        await Verify.Analyzer("""
            internal static class Study
            {
                public static void Run() => Valley.Data.Actors.Get("hafter");
            }
            """, new[] { other });
        Assert.Equal("Valley.Data", table.Namespace);
    }

    [Fact]
    public async Task A_table_of_a_newer_format_version_is_ignored()
    {
        var table = TestDataset.Table();
        string newer = table.Write().Replace("almanac-lookup-table\t1\n", "almanac-lookup-table\t2\n", StringComparison.Ordinal);
        MetadataReference reference = await TestDataset.CompileSource("Valley.Data", TestDataset.Source("Valley.Data", table).Replace(
            Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(table.Write(), quote: true),
            Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(newer, quote: true), StringComparison.Ordinal));
        await Verify.Analyzer("""
            internal static class Study
            {
                public static void Run() => Valley.Data.Actors.Get("hafter");
            }
            """, new[] { reference });
    }

    [Fact]
    public async Task An_alias_that_a_dataset_adds_to_an_entity_of_a_dataset_it_extends_is_found_by_Find_and_is_no_id_for_Get()
    {
        var notesTable = new Almanac.Lookup.LookupTable("notes", "0.1.0", "Notes.Data", "NotesDataset", new[]
        {
            new Almanac.Lookup.LookupKind("actor", "Actors", new[] { new Almanac.Lookup.LookupEntity("council", "Council", "Village Council", Array.Empty<string>()) },
                Array.Empty<Almanac.Lookup.LookupRetired>(),
                extended: new[] { new Almanac.Lookup.LookupEntity("valley:gna", null, "valley:gna", new[] { "Wefaq government" }) }),
        });
        MetadataReference notes = await TestDataset.Compile("Notes.Data", "Notes.Data", notesTable);
        await Verify.Analyzer("""
            internal static class Study
            {
                public static void Run()
                {
                    Notes.Data.Actors.Find("Wefaq government");
                    Notes.Data.Actors.Get({|#0:"Wefaq government"|});
                    Notes.Data.Actors.Find({|#1:"valley:gna"|});
                    Valley.Data.Actors.Find({|#2:"Wefaq government"|});
                }
            }
            """, new[] { await TestDataset.Valley, notes },
            Verify.Diagnostic(Descriptors.AliasGivenForId, 0, "'Wefaq government' is not the id of any actor but a name of 'valley:gna' (valley:gna); Get takes ids: use Actors.Find"),
            Verify.Diagnostic(Descriptors.UnknownIdOrAlias, 1, "No actor has the id or alias 'valley:gna'"),
            Verify.Diagnostic(Descriptors.UnknownIdOrAlias, 2, "No actor has the id or alias 'Wefaq government'"));
    }

    [Fact]
    public async Task A_project_that_references_two_datasets_checks_each_lookup_against_its_own_dataset()
    {
        var coastTable = new Almanac.Lookup.LookupTable("coast", "1.0.0", "Coast.Data", "CoastDataset", new[]
        {
            new Almanac.Lookup.LookupKind("actor", "Actors", new[] { new Almanac.Lookup.LookupEntity("coast-guard", "CoastGuard", "Coast Guard", new[] { "Guards" }) },
                Array.Empty<Almanac.Lookup.LookupRetired>()),
            new Almanac.Lookup.LookupKind("place", "Places", Array.Empty<Almanac.Lookup.LookupEntity>(), Array.Empty<Almanac.Lookup.LookupRetired>()),
            new Almanac.Lookup.LookupKind("event", "Events", Array.Empty<Almanac.Lookup.LookupEntity>(), Array.Empty<Almanac.Lookup.LookupRetired>()),
        });
        MetadataReference coast = await TestDataset.Compile("Coast.Data", "Coast.Data", coastTable);
        await Verify.Analyzer("""
            internal static class Study
            {
                public static void Run()
                {
                    Valley.Data.Actors.Get({|#0:"haftar"|});
                    Coast.Data.Actors.Get({|#1:"haftar"|});
                    Coast.Data.Actors.Get({|#2:"coast-gaurd"|});
                    Coast.Data.Actors.Find({|#3:"Guards"|});
                    Valley.Data.Actors.Find({|#4:"Guards"|});
                }
            }
            """, new[] { await TestDataset.Valley, coast },
            Verify.Diagnostic(Descriptors.UseTypedMember, 0, "Use Actors.Haftar: 'haftar' is the actor 'haftar' (Khalifa Haftar), and the member is checked by the compiler"),
            Verify.Diagnostic(Descriptors.UnknownIdOrAlias, 1, "No actor has the id or alias 'haftar'"),
            Verify.Diagnostic(Descriptors.UnknownIdOrAlias, 2, "No actor has the id or alias 'coast-gaurd'; did you mean 'coast-guard' (Coast Guard)?"),
            Verify.Diagnostic(Descriptors.UseTypedMember, 3, "Use Actors.CoastGuard: 'Guards' is the actor 'coast-guard' (Coast Guard), and the member is checked by the compiler"),
            Verify.Diagnostic(Descriptors.UnknownIdOrAlias, 4, "No actor has the id or alias 'Guards'"));
    }
}
