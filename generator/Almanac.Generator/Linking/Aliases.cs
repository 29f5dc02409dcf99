using Almanac.Text;

namespace Almanac.Generator.Linking;

/// <summary>
/// Builds the alias table of one kind: every id, name and alias by its normalised key, and every scoped alias (a name
/// that holds only within one source). A key that two entities share as id, name or alias is ALM009, as is a scoped alias
/// that two entities share within the same source; a scoped alias may spell another entity's name, which makes that
/// spelling ambiguous for <c>Find</c> instead of an error.
/// </summary>
internal static class Aliases
{
    /// <summary>A scoped alias as the table needs it: the name, the id of the source it holds in, where it is written.</summary>
    public readonly record struct Scoped(string Name, string Source, LocationInfo Location);

    /// <summary>The aliases an entry of <c>extends</c> adds to an entity of a referenced dataset: its index (past the
    /// dataset's own entities), the reference that names it and the aliases.</summary>
    public readonly record struct Extended(int Index, Located Reference, EquatableArray<Located> Aliases);

    public static LinkedAliasTable Table(LinkContext context, IReadOnlyList<(Located Id, string Name, EquatableArray<Located> Aliases)> entities, string kind) =>
        Table(context, entities.Select(e => (e.Id, e.Name, e.Aliases, (IReadOnlyList<Scoped>)Array.Empty<Scoped>())).ToList(), kind, Array.Empty<Extended>());

    /// <param name="context">Where collisions are reported.</param>
    /// <param name="entities">The dataset's own entities of the kind, in order.</param>
    /// <param name="kind">The kind's word.</param>
    /// <param name="extended">The entities of referenced datasets that <c>extends</c> gives aliases: only those aliases
    /// are keys of this table (not their ids or names, which their own dataset's table holds).</param>
    public static LinkedAliasTable Table(LinkContext context,
        IReadOnlyList<(Located Id, string Name, EquatableArray<Located> Aliases, IReadOnlyList<Scoped> Scoped)> entities, string kind,
        IReadOnlyList<Extended> extended)
    {
        var owners = new Dictionary<string, int>(StringComparer.Ordinal);
        var scopedOwners = new Dictionary<(string Key, string Source), int>();
        var scopedKeys = new HashSet<(string Key, int Entity)>();
        // In the order of the entities, each one's id, name, aliases, then the extended entities' aliases, then the scoped
        // aliases: an order that depends on the data alone (the encoder and the link automaton order the keys themselves).
        var entries = new List<LinkedAlias>(entities.Count * 3);
        for (int i = 0; i < entities.Count; i++)
        {
            if ((i & 1023) == 0)
            {
                context.ThrowIfCancellationRequested();
            }
            var (id, name, aliases, _) = entities[i];
            Own(i, id.Value, id.Location, "id");
            Own(i, name, id.Location, "name");
            foreach (Located alias in aliases)
            {
                Own(i, alias.Value, alias.Location, "alias");
            }
        }

        void Own(int i, string text, LocationInfo location, string what)
        {
            string key = AliasKey.Normalize(text);
            if (key.Length == 0)
            {
                return;
            }
            if (owners.TryGetValue(key, out int owner))
            {
                if (owner != i)
                {
                    context.Report(Diagnostics.AliasCollision, location, what, text, kind, entities[i].Id.Value, entities[owner].Id.Value, key);
                }
                return;
            }
            owners.Add(key, i);
            entries.Add(new LinkedAlias(key, i));
        }
        foreach (Extended x in extended)
        {
            foreach (Located alias in x.Aliases)
            {
                string key = AliasKey.Normalize(alias.Value);
                if (key.Length == 0)
                {
                    continue;
                }
                if (owners.TryGetValue(key, out int owner))
                {
                    if (owner != x.Index)
                    {
                        context.Report(Diagnostics.AliasCollision, alias.Location, "alias", alias.Value, kind, x.Reference.Value, IdOf(owner), key);
                    }
                    continue;
                }
                owners.Add(key, x.Index);
                entries.Add(new LinkedAlias(key, x.Index));
            }
        }
        string IdOf(int index) => index < entities.Count ? entities[index].Id.Value : extended.First(x => x.Index == index).Reference.Value;
        for (int i = 0; i < entities.Count; i++)
        {
            var (id, _, _, scoped) = entities[i];
            foreach (Scoped alias in scoped)
            {
                string key = AliasKey.Normalize(alias.Name);
                if (key.Length == 0)
                {
                    continue;
                }
                if (scopedOwners.TryGetValue((key, alias.Source), out int owner))
                {
                    if (owner != i)
                    {
                        context.Report(Diagnostics.AliasCollision, alias.Location, "scoped alias", alias.Name, kind, id.Value, entities[owner].Id.Value, $"{key}' in source '{alias.Source}");
                    }
                    continue;
                }
                scopedOwners.Add((key, alias.Source), i);
                // The entity's key already when it is also its id, name or alias, or a scoped alias in another source.
                if ((!owners.TryGetValue(key, out int keyOwner) || keyOwner != i) && scopedKeys.Add((key, i)))
                {
                    entries.Add(new LinkedAlias(key, i));
                }
            }
        }
        return new LinkedAliasTable(entries.ToEquatableArray());
    }
}
