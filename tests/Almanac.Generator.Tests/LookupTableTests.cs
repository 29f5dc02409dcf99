using System.Reflection;
using Almanac.Lookup;

namespace Almanac.Generator.Tests;

/// <summary>
/// The lookup table that the generator writes into the dataset assembly (<c>[assembly: AssemblyMetadata("Almanac.LookupTable", …)]</c>),
/// read back from the compiled assembly and compared with what the runtime finds in the same dataset.
/// </summary>
public class LookupTableTests
{
    private static LookupTable ReadFrom(Assembly assembly)
    {
        string text = assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == LookupTable.MetadataKey).Value!;
        return LookupTable.Read(text) ?? throw new Xunit.Sdk.XunitException("The table is of another version.");
    }

    private static Dataset DatasetOf(Assembly assembly, string type) =>
        (Dataset)assembly.GetType(type, throwOnError: true)!.GetProperty("Dataset")!.GetValue(null)!;

    [Fact]
    public void The_table_in_the_assembly_lists_every_entity_with_its_member_name_and_aliases()
    {
        Assembly assembly = GeneratorHarness.Run(GeneratorHarness.Fixture("small")).Load();
        LookupTable table = ReadFrom(assembly);
        Dataset dataset = DatasetOf(assembly, "Test.Data.RiverDataset");

        Assert.Equal((dataset.Info.Id, dataset.Info.Version, "Test.Data", "RiverDataset"), (table.DatasetId, table.DatasetVersion, table.Namespace, table.ClassName));
        Assert.Equal(new[] { "source", "actor", "place", "event" }, table.Kinds.Select(k => k.Kind));
        Assert.Equal(new[] { "Sources", "Actors", "Places", "Events" }, table.Kinds.Select(k => k.ClassName));
        var runtime = new Dictionary<string, IEnumerable<Entity>>
        {
            ["source"] = dataset.Sources, ["actor"] = dataset.Actors, ["place"] = dataset.Places, ["event"] = dataset.Events,
        };
        foreach (LookupKind kind in table.Kinds)
        {
            Entity[] entities = runtime[kind.Kind].OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();
            Assert.Equal(entities.Select(e => e.Id), kind.Entities.Select(e => e.Id));
            Assert.Equal(entities.Select(e => e.Name), kind.Entities.Select(e => e.Name));
            Assert.Equal(entities.Select(e => string.Join("|", e.Aliases)), kind.Entities.Select(e => string.Join("|", e.Aliases)));
            // Each member named in the table is a property of the kind's class that returns that very entity.
            Type type = assembly.GetType($"Test.Data.{kind.ClassName}", throwOnError: true)!;
            foreach (LookupEntity entry in kind.Entities)
            {
                Assert.NotNull(entry.Member);
                Assert.Equal(entry.Id, ((Entity)type.GetProperty(entry.Member!)!.GetValue(null)!).Id);
            }
            // The retired ids, each with the live successor that the runtime's lookups reach.
            IReadOnlyList<Retirement> retired = kind.Kind switch
            {
                "source" => dataset.Sources.Retired, "actor" => dataset.Actors.Retired, "place" => dataset.Places.Retired, _ => dataset.Events.Retired,
            };
            Assert.Equal(retired.Select(r => $"{r.Id} {r.How.ToString().ToLowerInvariant()} {r.Successor?.Id} {r.Since} {r.Reason}"),
                kind.Retired.Select(r => $"{r.Id} {r.How} {r.Successor} {r.Since} {r.Reason}"));
        }
        Assert.Contains("blue-army renamed blue-force 1.1.0", table.Kinds[1].Retired.Select(r => $"{r.Id} {r.How} {r.Successor} {r.Since}"));
        LookupEntity blue = table.Kinds[1].Entities.Single(e => e.Id == "blue-force");
        Assert.Equal("BlueForce", blue.Member);
    }

    [Fact]
    public void The_table_lists_the_retired_ids_with_their_live_successors()
    {
        Assembly assembly = GeneratorHarness.Run(GeneratorHarness.Fixture("release-2")).Load();
        LookupTable table = ReadFrom(assembly);
        string[] retired = table.Kinds.SelectMany(k => k.Retired.Select(r => $"{k.Kind} {r.Id} {r.How} {r.Successor ?? "-"} {r.Since}")).ToArray();
        Assert.Equal(new[]
        {
            "actor gna-forces renamed gna 0.2.0",
            "place tarhuna-centre merged tarhuna 0.2.0",
            "event rumoured-raid removed - 0.2.0",
        }, retired);
    }

    [Fact]
    public void Written_tables_read_back_field_for_field_with_every_character_escaped()
    {
        var table = new LookupTable("d\tid", "1.0.0", "My.Data", "MyDataset", new[]
        {
            new LookupKind("actor", "Actors", new[]
            {
                new LookupEntity("a", "A", "Name with\ttab", new[] { "line\nbreak", "back\\slash", "cr\r", "", "Al-Wefaq \u0627\u0644\u0648\u0641\u0627\u0642" }),
                new LookupEntity("b", null, "", Array.Empty<string>()),
            }, new[] { new LookupRetired("old", "renamed", "a", "0.2.0", "Renamed."), new LookupRetired("gone", "removed", null, "0.3.0", "No source\tsays\nso.") }),
            new LookupKind("event", "Events", Array.Empty<LookupEntity>(), Array.Empty<LookupRetired>()),
        });
        string text = table.Write();
        Assert.StartsWith("almanac-lookup-table\t1\n", text, StringComparison.Ordinal);
        LookupTable read = LookupTable.Read(text)!;
        Assert.Equal(text, read.Write());
        Assert.Equal("d\tid", read.DatasetId);
        LookupKind actors = read.Kinds[0];
        Assert.Equal(new[] { "line\nbreak", "back\\slash", "cr\r", "", "Al-Wefaq \u0627\u0644\u0648\u0641\u0627\u0642" }, actors.Entities[0].Aliases);
        Assert.Equal("Name with\ttab", actors.Entities[0].Name);
        Assert.Null(actors.Entities[1].Member);
        Assert.Empty(actors.Entities[1].Aliases);
        Assert.Equal(("gone", "removed", (string?)null, "0.3.0", (string?)"No source\tsays\nso."),
            (actors.Retired[1].Id, actors.Retired[1].How, actors.Retired[1].Successor, actors.Retired[1].Since, actors.Retired[1].Reason));
        Assert.Empty(read.Kinds[1].Entities);

        // A retired line without the reason (four fields) reads as a retirement without one.
        LookupTable four = LookupTable.Read(text.Replace("\t0.3.0\t" + "No source\\tsays\\nso.", "\t0.3.0", StringComparison.Ordinal))!;
        Assert.Equal(("gone", (string?)null), (four.Kinds[0].Retired[1].Id, four.Kinds[0].Retired[1].Reason));
        Assert.Equal("Renamed.", four.Kinds[0].Retired[0].Reason);
    }

    [Fact]
    public void A_table_with_extended_entities_lists_them_after_the_kinds_own_and_reads_them_back()
    {
        var actors = new LookupKind("actor", "Actors", new[] { new LookupEntity("council", "Council", "Council", Array.Empty<string>()) },
            Array.Empty<LookupRetired>(), extended: new[] { new LookupEntity("river:red-militia", null, "river:red-militia", new[] { "The Reds of the Valley" }) });
        string text = new LookupTable("notes", "0.1.0", "Notes.Data", "NotesDataset", new[] { actors }).Write();
        Assert.Equal("almanac-lookup-table\t1\ndataset\tnotes\t0.1.0\tNotes.Data\tNotesDataset\nkind\tactor\tActors\t1\t0\t0\t1\ncouncil\tCouncil\tCouncil\n"
            + "river:red-militia\t\triver:red-militia\tThe Reds of the Valley\n", text);
        LookupKind read = LookupTable.Read(text)!.Kinds[0];
        Assert.Equal("council", Assert.Single(read.Entities).Id);
        LookupEntity extended = Assert.Single(read.Extended);
        Assert.Equal(("river:red-militia", (string?)null, "The Reds of the Valley"), (extended.Id, extended.Member, Assert.Single(extended.Aliases)));
        Assert.Null(read.FindEntity("river:red-militia"));

        string plain = new LookupTable("notes", "0.1.0", "Notes.Data", "NotesDataset",
            new[] { new LookupKind("actor", "Actors", actors.Entities, Array.Empty<LookupRetired>()) }).Write();
        Assert.Contains("\nkind\tactor\tActors\t1\t0\t0\t0\n", plain, StringComparison.Ordinal);
        Assert.Empty(LookupTable.Read(plain)!.Kinds[0].Extended);
    }

    [Fact]
    public void A_table_of_a_newer_version_is_not_read_and_a_malformed_one_is_an_error()
    {
        Assert.Null(LookupTable.Read("almanac-lookup-table\t2\nwhatever\n"));
        Assert.Throws<FormatException>(() => LookupTable.Read("something else\n"));
        Assert.Throws<FormatException>(() => LookupTable.Read("almanac-lookup-table\t1\ndataset\tx\t1\tNs\tC\nkind\tactor\tActors\t2\t0\t0\t0\na\tA\tName\n"));
        Assert.Throws<FormatException>(() => LookupTable.Read("almanac-lookup-table\t1\ndataset\tx\t1\tNs\tC\nkind\tactor\tActors\tmany\t0\t0\t0\n"));
        // A kind line without its four counts.
        Assert.Throws<FormatException>(() => LookupTable.Read("almanac-lookup-table\t1\ndataset\tx\t1\tNs\tC\nkind\tactor\tActors\t0\t0\n"));
        // Lines are split only when asked for, but checked when the table is read: fields, escapes.
        Assert.Throws<FormatException>(() => LookupTable.Read("almanac-lookup-table\t1\ndataset\tx\t1\tNs\tC\nkind\tactor\tActors\t1\t0\t0\t0\na\tA\n"));
        Assert.Throws<FormatException>(() => LookupTable.Read("almanac-lookup-table\t1\ndataset\tx\t1\tNs\tC\nkind\tactor\tActors\t1\t0\t0\t0\na\tA\tName \\q\n"));
        Assert.Throws<FormatException>(() => LookupTable.Read("almanac-lookup-table\t1\ndataset\tx\t1\tNs\tC\nkind\tactor\tActors\t1\t1\t0\t0\na\tA\tName\nold\trenamed\\\ta\n"));
    }

    [Fact]
    public void A_large_table_is_stored_deflated_and_a_small_one_as_its_text()
    {
        LookupTable Table(int count) => new("d", "1.0.0", "My.Data", "MyDataset", new[]
        {
            new LookupKind("event", "Events",
                Enumerable.Range(0, count).Select(i => new LookupEntity($"2020-05-{i:D6}-strike", null, $"Strike number {i} on Tarhuna", new[] { $"Raid {i}", "ترهونة" })).ToArray(),
                Array.Empty<LookupRetired>()),
        });
        LookupTable small = Table(10);
        Assert.Equal(small.Write(), small.Store());

        LookupTable large = Table(5000);
        string text = large.Write(), stored = large.Store();
        Assert.True(text.Length > LookupTable.StoredPlainUpTo);
        Assert.StartsWith(LookupTable.DeflatedPrefix, stored, StringComparison.Ordinal);
        Assert.True(stored.Length * 4 < text.Length, $"{stored.Length} stored characters for {text.Length}");
        LookupTable read = LookupTable.Read(stored)!;
        Assert.Equal(text, read.Write());
        Assert.Equal("Strike number 4321 on Tarhuna", read.Kinds[0].FindEntity("2020-05-004321-strike")?.Name);

        // A table with the same content is stored the same (the stored form may be the one made last time); a changed one anew.
        Assert.Equal(stored, Table(5000).Store());
        LookupTable renamed = Table(5000);
        ((LookupEntity[])renamed.Kinds[0].Entities)[17] = new LookupEntity("2020-05-000017-strike", null, "Strike seventeen", Array.Empty<string>());
        string restored = renamed.Store();
        Assert.NotEqual(stored, restored);
        // An edit of one name changes one piece of the stored form: the others are deflated once, not again.
        string[] pieces = stored.Substring(LookupTable.DeflatedPrefix.Length).Split(LookupTable.PieceSeparator);
        string[] repieced = restored.Substring(LookupTable.DeflatedPrefix.Length).Split(LookupTable.PieceSeparator);
        Assert.True(pieces.Length > 2, $"{pieces.Length} pieces");
        Assert.Equal(pieces.Length, repieced.Length);
        Assert.Single(Enumerable.Range(0, pieces.Length), i => pieces[i] != repieced[i]);
        Assert.Equal("Strike seventeen", LookupTable.Read(restored)!.Kinds[0].FindEntity("2020-05-000017-strike")?.Name);

        Assert.Throws<FormatException>(() => LookupTable.Read(LookupTable.DeflatedPrefix + "not base64!"));
        Assert.Throws<FormatException>(() => LookupTable.Read(LookupTable.DeflatedPrefix + Convert.ToBase64String(new byte[] { 1, 2, 3, 4, 5 })));
    }

    [Fact]
    public void Ids_are_found_by_binary_search_over_the_ordered_lines()
    {
        string[] ids = { "a", "a-b", "b\\x", "gna", "gna-forces", "z" }; // ordinal order; one id escaped in the text
        var table = new LookupTable("d", "1.0.0", "My.Data", "MyDataset", new[]
        {
            new LookupKind("actor", "Actors",
                ids.Select(id => new LookupEntity(id, null, "Name of " + id, Array.Empty<string>())).ToArray(),
                new[] { new LookupRetired("gna-old", "renamed", "gna", "0.2.0", "Renamed."), new LookupRetired("zz", "removed", null, "0.3.0", "Removed.") }),
        });
        foreach (LookupKind kind in new[] { table.Kinds[0], LookupTable.Read(table.Write())!.Kinds[0] })
        {
            foreach (string id in ids)
            {
                Assert.Equal("Name of " + id, kind.FindEntity(id)?.Name);
            }
            foreach (string missing in new[] { "", "0", "a-", "b", "gn", "gna-forces-x", "zz" })
            {
                Assert.Null(kind.FindEntity(missing));
            }
            Assert.Equal("gna", kind.FindRetired("gna-old")?.Successor);
            Assert.Equal("removed", kind.FindRetired("zz")?.How);
            Assert.Null(kind.FindRetired("gna"));
        }
    }
}
