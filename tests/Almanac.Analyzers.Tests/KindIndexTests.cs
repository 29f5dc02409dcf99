using Almanac.Lookup;
using Almanac.Text;

namespace Almanac.Analyzers.Tests;

/// <summary>The index the analyzers match constants with: the same answers as the shared rules over every key.</summary>
public class KindIndexTests
{
    [Fact]
    public void The_closest_entity_is_the_one_the_shared_rule_picks_over_every_normalised_id_name_and_alias()
    {
        var random = new Random(20200521);
        string[] words = { "coastal", "flame", "militia", "desert", "sword", "regiment", "umm", "melwat", "tarhuna", "gharyan", "taken", "strike" };
        LookupEntity[] entities = Enumerable.Range(0, 600)
            .Select(i => new LookupEntity($"2020-{1 + i % 12:00}-{1 + i % 28:00}-{words[i % words.Length]}-{words[(i / 7) % words.Length]}-{i}",
                null, $"{words[(i / 3) % words.Length]} {words[i % 5]} {i}", new[] { $"{words[i % words.Length].ToUpperInvariant()}-{i}" }))
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ToArray();
        var index = new KindIndex(new LookupKind("event", "Events", entities, Array.Empty<LookupRetired>()), sources: null);
        var owners = new Dictionary<string, LookupEntity>(StringComparer.Ordinal);
        foreach (LookupEntity entity in entities)
        {
            foreach (string text in new[] { entity.Id, entity.Name }.Concat(entity.Aliases))
            {
                owners.TryAdd(AliasKey.Normalize(text), entity);
            }
        }
        for (int i = 0; i < 300; i++)
        {
            string typo = Typo(entities[random.Next(entities.Length)], i, random);
            string? closest = EditDistance.Closest(AliasKey.Normalize(typo), owners.Keys);
            Assert.Same(closest is null ? null : owners[closest], index.Closest(typo));
        }
    }

    [Fact]
    public void A_table_read_from_its_text_finds_and_suggests_what_its_entities_say()
    {
        // The index reads the lines of a table as they are stored: the answers must be those of the entities themselves,
        // escaped fields, keys that several entities share (the first has it), non-Latin aliases and the aliases given to
        // another dataset's entities (only those: their ids are not keys here) included.
        var random = new Random(20200604);
        string[] words = { "coastal", "flame", "militia", "desert", "sword", "tarhuna", "gharyan", "strike", "لواء", "فجر" };
        var own = Enumerable.Range(0, 400)
            .Select(i => new LookupEntity($"{words[i % 8]}-{words[(i / 8) % 8]}-{i}", i % 5 == 0 ? null : $"Member{i}",
                i % 50 == 7 ? $"Tab\there {i}" : $"{words[(i / 3) % words.Length]} {words[i % 4]}",
                i % 3 == 0 ? new[] { $"{words[8 + i % 2]} {i}", $"back\\slash {i}" } : new[] { $"{words[i % words.Length].ToUpperInvariant()}-{i % 40}" }))
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ToArray();
        LookupEntity[] extended = { new("other:coastal-one", null, "other:coastal-one", new[] { "Coastal One", "flame-flame-9" }) };
        var written = new LookupTable("test", "1", "Test.Data", "TestDataset",
            new[] { new LookupKind("actor", "Actors", own, Array.Empty<LookupRetired>(), extended: extended) });
        LookupKind read = LookupTable.Read(written.Write())!.Kinds[0];
        var index = new KindIndex(read, sources: null);

        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (LookupEntity entity in own)
        {
            foreach (string text in new[] { entity.Id, entity.Name }.Concat(entity.Aliases))
            {
                string key = AliasKey.Normalize(text);
                if (key.Length > 0)
                {
                    owners.TryAdd(key, entity.Id);
                }
            }
        }
        foreach (string alias in extended[0].Aliases)
        {
            owners.TryAdd(AliasKey.Normalize(alias), extended[0].Id);
        }

        foreach (LookupEntity entity in own.Concat(extended))
        {
            foreach (string text in new[] { entity.Id, entity.Name }.Concat(entity.Aliases))
            {
                Assert.Equal(owners.GetValueOrDefault(AliasKey.Normalize(text)), index.ByAlias(text)?.Id);
            }
        }
        Assert.Null(index.ByAlias("other:coastal-one")); // the extended entity's id is no key of this dataset
        Assert.Equal("other:coastal-one", index.ByAlias("COASTAL ONE")!.Id);
        Assert.Null(index.ByAlias("nothing like it"));
        Assert.Null(index.ByAlias("Member1")); // a generated member is not a name
        Assert.Null(index.ByAlias("--"));

        for (int i = 0; i < 200; i++)
        {
            string typo = Typo(own[random.Next(own.Length)], i, random);
            string? closest = EditDistance.Closest(AliasKey.Normalize(typo), owners.Keys);
            Assert.Equal(closest is null ? null : owners[closest], index.Closest(typo)?.Id);
        }
    }

    /// <summary>A typo in the id, the name or the first alias of <paramref name="entity"/> (by <paramref name="i"/>): a character
    /// dropped, doubled or changed, or one put before it.</summary>
    private static string Typo(LookupEntity entity, int i, Random random)
    {
        string text = i % 3 == 0 ? entity.Id : i % 3 == 1 ? entity.Name : entity.Aliases[0];
        int at = random.Next(text.Length);
        return (i % 4) switch
        {
            0 => text.Remove(at, 1),
            1 => text.Insert(at, text[at].ToString()),
            2 => text.Remove(at, 1).Insert(at, "q"),
            _ => "x" + text,
        };
    }
}
