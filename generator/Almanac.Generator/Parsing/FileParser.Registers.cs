namespace Almanac.Generator.Parsing;

internal sealed partial class FileParser
{
    /// <summary>The keys of a retirement that name the retired id, each the word of its kind.</summary>
    internal static readonly string[] RetiredKindKeys = { "actor", "place", "event", "source" };

    /// <summary>
    /// Reads an entry of <c>retired</c> and checks what the file alone can tell (ALM023): exactly one retired id, at most
    /// one successor, and a <c>since</c> that is a semantic version. Null when the entry cannot be used.
    /// </summary>
    private RetirementSpec? ReadCheckedRetirement(YamlMapping mapping)
    {
        RetirementSpec? spec = ReadRetirement(mapping);
        if (!NamesOneKind(mapping, RetiredKindKeys, Diagnostics.InvalidRetirement,
            "A retirement must name the retired id with one of the keys actor, place, event, source (the key is its kind)",
            "A retirement names one retired id"))
        {
            return null;
        }
        if (spec is null)
        {
            return null;
        }
        if (spec.ReplacedBy is not null && spec.MergedInto is { } merged)
        {
            Report(Diagnostics.InvalidRetirement, merged.Location,
                "A retirement has either 'replaced-by' (renamed) or 'merged-into' (merged), not both");
            return null;
        }
        if (!SemanticVersion.TryParse(spec.Since!, out _))
        {
            Report(Diagnostics.InvalidRetirement, mapping.Get("since")!.Location,
                $"'since' is '{spec.Since}', which is no semantic version; write the dataset version that retired the id, such as '0.2.0'");
            return null;
        }
        return spec;
    }

    /// <summary>The keys of an extension that name the extended entity, each the word of its kind.</summary>
    internal static readonly string[] ExtendedKindKeys = { "actor", "place", "source" };

    /// <summary>
    /// Reads an entry of <c>extends</c> and checks that it names exactly one entity (ALM033); whether that entity is a
    /// referenced dataset's is checked when linking. Null when the entry cannot be used.
    /// </summary>
    private ExtensionSpec? ReadCheckedExtension(YamlMapping mapping)
    {
        ExtensionSpec? spec = ReadExtension(mapping);
        return NamesOneKind(mapping, ExtendedKindKeys, Diagnostics.InvalidExtension,
            "An extension must name the entity it extends with one of the keys actor, place, source (the key is its kind), such as 'actor: libya:gna'",
            "An extension names one entity")
            ? spec
            : null;
    }

    /// <summary>
    /// Whether <paramref name="mapping"/> gives exactly one of <paramref name="kindKeys"/> (the key that names its entity
    /// and the entity's kind); otherwise reports <paramref name="descriptor"/> at the mapping: <paramref name="none"/>, or
    /// <paramref name="one"/> followed by the keys it gives.
    /// </summary>
    private bool NamesOneKind(YamlMapping mapping, string[] kindKeys, Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, string none, string one)
    {
        var named = kindKeys.Where(k => mapping.Get(k) is YamlScalar { IsNull: false }).ToList();
        if (named.Count == 1)
        {
            return true;
        }
        Report(descriptor, mapping.Location, named.Count == 0 ? none : $"{one}, but this one has {string.Join(" and ", named)}; write one entry for each");
        return false;
    }
}
