using System.Globalization;
using Almanac.Generator.Project;

namespace Almanac.Generator.Linking;

/// <summary>
/// Names the generated code: the dataset class (the setting, or the dataset id in PascalCase + "Dataset") and one member
/// per entity and per retired id. An id whose member name cannot be used is ALM010 (the entity stays reachable through Get); above the
/// named-events limit events get no members (ALM018).
/// </summary>
internal static class MemberNames
{
    /// <summary>The names; null when the dataset class cannot be named.</summary>
    /// <param name="retired">The retired ids, whose members are kept (marked obsolete) unless a live entity's member has the name.</param>
    public static LinkedNames? Name(LinkContext context, EntitySet entities, GeneratorOptions options, IReadOnlyList<LinkedRetirement> retired)
    {
        DatasetSpec dataset = entities.Dataset;
        string className = options.DatasetClass ?? Identifiers.Member(dataset.Id.Value) + "Dataset";
        if (className.Length > Identifiers.MaxIdentifierLength)
        {
            context.Report(Diagnostics.IdentifierCollision, dataset.Location, "dataset", dataset.Id.Value, className.Substring(0, 40) + "…",
                $"which is longer than the {Identifiers.MaxIdentifierLength} characters a class name may have; shorten the id or set the MSBuild property {OptionKeys.Properties.DatasetClass}");
            return null;
        }

        bool omitEventMembers = entities.Events.Count > options.NamedEventsLimit;
        if (omitEventMembers)
        {
            context.Report(Diagnostics.NamedEventsOmitted, dataset.Location,
                entities.Events.Count.ToString(CultureInfo.InvariantCulture), options.NamedEventsLimit.ToString(CultureInfo.InvariantCulture));
        }

        var taken = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        Dictionary<string, string> Taken(string className) =>
            taken.TryGetValue(className, out var names) ? names : taken[className] = new Dictionary<string, string>(StringComparer.Ordinal);
        var live = new LinkedNames(
            options.Namespace,
            className,
            Members(context, entities.Sources.Select(s => s.Id), GeneratedNames.Sources, Taken(GeneratedNames.Sources)),
            Members(context, entities.Actors.Select(a => a.Id), GeneratedNames.Actors, Taken(GeneratedNames.Actors)),
            Members(context, entities.Places.Select(p => p.Id), GeneratedNames.Places, Taken(GeneratedNames.Places)),
            omitEventMembers ? EquatableArray<LinkedMember>.Empty : Members(context, entities.Events.Select(e => e.Id), GeneratedNames.Events, Taken(GeneratedNames.Events)),
            omitEventMembers,
            EquatableArray<LinkedMember>.Empty);

        // A retired id keeps the member it had (obsolete, forwarding to its successor), after the live entities have theirs.
        var retiredMembers = new List<LinkedMember>();
        foreach (var group in retired.Select((r, i) => (Retirement: r, Index: i)).GroupBy(x => x.Retirement.Kind))
        {
            string kindClass = GeneratedNames.OfKind(group.Key);
            if (kindClass == GeneratedNames.Events && omitEventMembers)
            {
                continue;
            }
            EquatableArray<LinkedMember> named = Members(context, group.Select(x => new Located(x.Retirement.Id, x.Retirement.Location)), kindClass, Taken(kindClass));
            var indexes = group.Select(x => x.Index).ToList();
            retiredMembers.AddRange(named.Select(m => m with { Index = indexes[m.Index] }));
        }
        return live with { Retired = retiredMembers.ToEquatableArray() };
    }

    private static EquatableArray<LinkedMember> Members(LinkContext context, IEnumerable<Located> ids, string className, Dictionary<string, string> taken)
    {
        var members = new List<LinkedMember>();
        string kind = className.TrimEnd('s').ToLowerInvariant();
        int index = -1;
        foreach (Located id in ids)
        {
            index++;
            context.ThrowIfCancellationRequested();
            string member = Identifiers.Member(id.Value);
            if (Identifiers.IsReserved(member, className))
            {
                context.Report(Diagnostics.IdentifierCollision, id.Location, kind, id.Value, member,
                    $"which is a member of {className} itself; choose another id (the entity stays reachable through {className}.Get)");
                continue;
            }
            if (member.Length > Identifiers.MaxIdentifierLength)
            {
                context.Report(Diagnostics.IdentifierCollision, id.Location, kind, id.Value, member.Substring(0, 40) + "…",
                    $"which is longer than the {Identifiers.MaxIdentifierLength} characters a member name may have; shorten the id (the entity stays reachable through {className}.Get)");
                continue;
            }
            if (taken.TryGetValue(member, out string? other))
            {
                context.Report(Diagnostics.IdentifierCollision, id.Location, kind, id.Value, member, $"like the id '{other}'; change one of the ids");
                continue;
            }
            taken.Add(member, id.Value);
            members.Add(new LinkedMember(member, index));
        }
        return members.ToEquatableArray();
    }
}
