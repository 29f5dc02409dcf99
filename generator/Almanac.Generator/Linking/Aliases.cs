using Almanac.Text;

namespace Almanac.Generator.Linking;

/// <summary>Builds the alias table of one kind: every id, name and alias by its normalised key; a key of two entities is ALM009.</summary>
internal static class Aliases
{
    public static LinkedAliasTable Table(LinkContext context, IReadOnlyList<(Located Id, string Name, EquatableArray<Located> Aliases)> entities, string kind)
    {
        var owners = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < entities.Count; i++)
        {
            context.ThrowIfCancellationRequested();
            var (id, name, aliases) = entities[i];
            var candidates = new List<(string Text, LocationInfo Location, string What)>
            {
                (id.Value, id.Location, "id"),
                (name, id.Location, "name"),
            };
            candidates.AddRange(aliases.Select(a => (a.Value, a.Location, "alias")));
            foreach (var (text, location, what) in candidates)
            {
                string key = AliasKey.Normalize(text);
                if (key.Length == 0)
                {
                    continue;
                }
                if (owners.TryGetValue(key, out int owner))
                {
                    if (owner != i)
                    {
                        context.Report(Diagnostics.AliasCollision, location, what, text, kind, id.Value, entities[owner].Id.Value, key);
                    }
                    continue;
                }
                owners.Add(key, i);
            }
        }
        return new LinkedAliasTable(owners.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => new LinkedAlias(o.Key, o.Value)).ToEquatableArray());
    }
}
