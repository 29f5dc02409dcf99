using Almanac.Lookup;
using Almanac.Storage;

namespace Almanac.Generator.Emit;

/// <summary>Builds the <see cref="EmitModel"/> from the linked dataset and its encoded data: picks the values the generated
/// code shows and drops the locations, so that a moved line does not re-emit code.</summary>
internal static class EmitModelBuilder
{
    /// <summary>The emit model; null when there is no dataset or no data to emit.</summary>
    public static EmitModel? Build(LinkedDataset? linked, EncodedData? data)
    {
        if (linked is null || data is null)
        {
            return null;
        }
        DatasetSpec d = linked.Dataset;
        LinkedNames names = linked.Names;
        CitationNote? FirstCitation(EquatableArray<LinkedCitation> citations) =>
            citations.Count == 0 ? null
                : new CitationNote(citations[0].Quote ?? citations[0].Claim ?? "", citations[0].Quote is null, linked.IdOf(DataFormat.Kind.Source, citations[0].Source), citations[0].Paragraph);

        return new EmitModel(
            names.Namespace,
            names.ClassName,
            new DatasetMetadata(d.Id.Value, d.Title, d.Version, d.License, d.Citation, d.Description, d.Url,
                Values(d.Authors), d.Released, Values(d.Keywords)),
            data,
            Members(names.Sources, i => linked.Sources[i], s => (s.Id, s.Name, Word<SourceKind>(s.Kind), s.Aliases),
                s => s.Publisher is null && s.Published is null && s.Document is null ? null : new SourceDetail(s.Publisher, s.Published, s.Document),
                _ => null),
            Members(names.Actors, i => linked.Actors[i], a => (a.Id, a.Name, Word<ActorKind>(a.Kind), a.Aliases),
                a => a.Country is null ? null : new ActorDetail(a.Country),
                a => FirstCitation(a.Citations)),
            Members(names.Places, i => linked.Places[i], p => (p.Id, p.Name, Word<PlaceKind>(p.Kind), p.Aliases),
                p => p.Location is { Latitude: var lat, Longitude: var lon } ? new PlaceDetail(lat, lon, Word<GeoPrecision>(p.GeoPrecision ?? (int)GeoPrecision.Exact)) : null,
                p => FirstCitation(p.Citations)),
            Members(names.Events, i => linked.Events[i], e => (e.Id, e.Name, Word<EventKind>(e.Kind), e.Aliases),
                e => new EventDetail(e.Date, e.EndDate, Word<TimePrecision>(e.TimePrecision)),
                e => FirstCitation(e.Citations)),
            names.EventMembersOmitted,
            Retired(linked, DataFormat.Kind.Source, i => linked.Sources[i].Id, names.Sources),
            Retired(linked, DataFormat.Kind.Actor, i => linked.Actors[i].Id, names.Actors),
            Retired(linked, DataFormat.Kind.Place, i => linked.Places[i].Id, names.Places),
            Retired(linked, DataFormat.Kind.Event, i => linked.Events[i].Id, names.Events),
            Lookup(linked).Store(),
            linked.References);
    }

    /// <summary>The lookup table of the dataset: every entity's id, member, name and aliases, every retired id and every scoped alias, by kind.</summary>
    private static LookupTable Lookup(LinkedDataset linked)
    {
        LinkedNames names = linked.Names;
        return new LookupTable(linked.Dataset.Id.Value, linked.Dataset.Version, names.Namespace, names.ClassName, new[]
        {
            Kind(DataFormat.Kind.Source, GeneratedNames.Sources, names.Sources, linked.Sources.Select(s => (s.Id, s.Name, s.Aliases)).ToList(),
                extended: Extended(linked, DataFormat.Kind.Source)),
            Kind(DataFormat.Kind.Actor, GeneratedNames.Actors, names.Actors, Unambiguous(linked.Actors.Select(a => (a.Id, a.Name, a.Aliases, a.ScopedAliases)).ToList()),
                Scoped(linked.Actors.Select(a => (a.Id, a.ScopedAliases))), Extended(linked, DataFormat.Kind.Actor)),
            Kind(DataFormat.Kind.Place, GeneratedNames.Places, names.Places, Unambiguous(linked.Places.Select(p => (p.Id, p.Name, p.Aliases, p.ScopedAliases)).ToList()),
                Scoped(linked.Places.Select(p => (p.Id, p.ScopedAliases))), Extended(linked, DataFormat.Kind.Place)),
            Kind(DataFormat.Kind.Event, GeneratedNames.Events, names.Events, linked.Events.Select(e => (e.Id, e.Name, e.Aliases)).ToList()),
        });

        LookupScopedAlias[] Scoped(IEnumerable<(string Id, EquatableArray<LinkedScopedAlias> Scoped)> entities) => entities
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .SelectMany(e => e.Scoped.Select(a => new LookupScopedAlias(a.Name, e.Id, linked.Sources[a.Source].Id)))
            .ToArray();

        LookupKind Kind(string kind, string className, EquatableArray<LinkedMember> members, List<(string Id, string Name, EquatableArray<string> Aliases)> entities,
            IReadOnlyList<LookupScopedAlias>? scoped = null, LookupEntity[]? extended = null)
        {
            var memberOf = new Dictionary<int, string>();
            foreach (LinkedMember member in members)
            {
                memberOf[member.Index] = member.Name;
            }
            LookupEntity[] live = entities
                .Select((e, i) => new LookupEntity(e.Id, memberOf.TryGetValue(i, out string? member) ? member : null, e.Name, e.Aliases.ToArray()))
                .OrderBy(e => e.Id, StringComparer.Ordinal)
                .ToArray();
            LookupRetired[] retired = linked.Retired
                .Where(r => r.Kind == kind)
                .Select(r => r.Successor == DataFormat.None
                    ? new LookupRetired(r.Id, "removed", null, r.Since, r.Reason)
                    : new LookupRetired(r.Id, r.How == LinkedRetirement.Merged ? "merged" : "renamed", entities[r.Successor].Id, r.Since, r.Reason))
                .OrderBy(r => r.Id, StringComparer.Ordinal)
                .ToArray();
            return new LookupKind(kind, className, live, retired, scoped, extended);
        }
    }

    /// <summary>The entities of other datasets that <c>extends</c> gives aliases, as the lookup table lists them: by their
    /// qualified id, with the added aliases, ordered by that id.</summary>
    private static LookupEntity[] Extended(LinkedDataset linked, string kind) => linked.ImportsOf(kind)
        .Where(i => i.Aliases.Count > 0)
        .Select(i => (Id: linked.References[i.Dataset].Id + ":" + i.Id, i.Aliases))
        .Select(x => new LookupEntity(x.Id, null, x.Id, x.Aliases.ToArray()))
        .OrderBy(e => e.Id, StringComparer.Ordinal)
        .ToArray();

    /// <summary>
    /// The entities with the aliases <c>Find</c> matches: an alias that another entity has as a scoped alias (a name that
    /// holds only within one source) is ambiguous, and <c>Find</c> returns nothing for it, so the lookup table leaves it out
    /// and the analyzers say what <c>Find</c> does.
    /// </summary>
    private static List<(string Id, string Name, EquatableArray<string> Aliases)> Unambiguous(
        List<(string Id, string Name, EquatableArray<string> Aliases, EquatableArray<LinkedScopedAlias> Scoped)> entities)
    {
        var scopedBy = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        for (int i = 0; i < entities.Count; i++)
        {
            foreach (LinkedScopedAlias alias in entities[i].Scoped)
            {
                string key = Almanac.Text.AliasKey.Normalize(alias.Name);
                if (!scopedBy.TryGetValue(key, out HashSet<int>? owners))
                {
                    scopedBy[key] = owners = new HashSet<int>();
                }
                owners.Add(i);
            }
        }
        return entities.Select((e, i) => (e.Id, e.Name, e.Aliases
            .Where(a => !scopedBy.TryGetValue(Almanac.Text.AliasKey.Normalize(a), out HashSet<int>? owners) || owners.All(o => o == i))
            .ToEquatableArray())).ToList();
    }

    /// <summary>The members of the retired ids of one kind, ordered by id.</summary>
    private static EquatableArray<RetiredMemberModel> Retired(LinkedDataset linked, string kind, Func<int, string> idOf, EquatableArray<LinkedMember> live) =>
        linked.Names.Retired.Where(m => linked.Retired[m.Index].Kind == kind).Select(m =>
        {
            LinkedRetirement r = linked.Retired[m.Index];
            bool removed = r.Successor == Almanac.Storage.DataFormat.None;
            string how = removed ? "removed" : r.How == LinkedRetirement.Merged ? "merged" : "renamed";
            string? successorMember = removed ? null : live.FirstOrDefault(x => x.Index == r.Successor)?.Name;
            return new RetiredMemberModel(m.Name, r.Id, how, removed ? null : idOf(r.Successor), successorMember, r.Successor, r.Since, r.Reason, r.Name);
        }).ToEquatableArray();

    private static EquatableArray<MemberModel> Members<T>(EquatableArray<LinkedMember> members, Func<int, T> entity,
        Func<T, (string Id, string Name, string Kind, EquatableArray<string> Aliases)> describe, Func<T, MemberDetail?> detail, Func<T, CitationNote?> citation) =>
        members.Select(member =>
        {
            T item = entity(member.Index);
            var (id, name, kind, aliases) = describe(item);
            return new MemberModel(member.Name, member.Index, id, name, kind, aliases, detail(item), citation(item));
        }).ToEquatableArray();

    /// <summary>The YAML word of a vocabulary value.</summary>
    private static EquatableArray<string> Values(EquatableArray<Located> values) => values.Select(v => v.Value).ToEquatableArray();

    private static string Word<TEnum>(int value) where TEnum : struct, Enum => ((TEnum)(object)value).ToYamlWord();
}
