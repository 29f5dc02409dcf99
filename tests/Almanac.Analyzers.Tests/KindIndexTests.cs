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
            // A typo anywhere in an id, a name or an alias: a character dropped, doubled or changed.
            LookupEntity entity = entities[random.Next(entities.Length)];
            string text = i % 3 == 0 ? entity.Id : i % 3 == 1 ? entity.Name : entity.Aliases[0];
            int at = random.Next(text.Length);
            string typo = (i % 4) switch
            {
                0 => text.Remove(at, 1),
                1 => text.Insert(at, text[at].ToString()),
                2 => text.Remove(at, 1).Insert(at, "q"),
                _ => "x" + text,
            };
            string? closest = EditDistance.Closest(AliasKey.Normalize(typo), owners.Keys);
            Assert.Same(closest is null ? null : owners[closest], index.Closest(typo));
        }
    }
}
