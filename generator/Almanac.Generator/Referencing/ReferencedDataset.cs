using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Threading;
using Almanac.Lookup;
using Almanac.Storage;
using Microsoft.CodeAnalysis;

namespace Almanac.Generator.Referencing;

/// <summary>
/// A dataset that the project references (a dataset package or project), as its lookup table describes it: its id,
/// version, namespace and dataset class, and the ids, names, aliases and retired ids of its sources, actors and places
/// (the kinds a reference in YAML can name). Read from the <c>Almanac.LookupTable</c> assembly metadata of the referenced
/// assembly (docs/data-format.md, "Lookup table"), never from its YAML; equatable, so the pipeline caches it.
/// </summary>
/// <param name="Id">The dataset's id, e.g. <c>libya</c>; the qualifier of its ids in a reference (<c>libya:gna</c>).</param>
/// <param name="Version">The version of its data.</param>
/// <param name="Namespace">The namespace of its generated classes.</param>
/// <param name="ClassName">The name of its generated dataset class, e.g. <c>LibyaDataset</c>.</param>
/// <param name="Kinds">Its sources, actors and places, in that order.</param>
internal sealed record ReferencedDataset(string Id, string Version, string Namespace, string ClassName, EquatableArray<ReferencedKind> Kinds)
{
    /// <summary>The kinds a reference in YAML can name; a referenced dataset's events are never referenced.</summary>
    private static readonly string[] s_referencedKinds = { DataFormat.Kind.Source, DataFormat.Kind.Actor, DataFormat.Kind.Place };

    /// <summary>The entities of <paramref name="kind"/>, or null when the table has none of that kind.</summary>
    public ReferencedKind? Kind(string kind)
    {
        foreach (ReferencedKind k in Kinds)
        {
            if (k.Kind == kind)
            {
                return k;
            }
        }
        return null;
    }

    /// <summary>
    /// The dataset that <paramref name="reference"/> holds, or null when it is no dataset assembly (no lookup table), holds
    /// a table of a version this generator does not read, or cannot be read: such a reference gives the YAML no ids, and
    /// a reference to one of its entities is reported as unknown. Never throws except for cancellation.
    /// </summary>
    public static ReferencedDataset? Read(MetadataReference reference, CancellationToken cancellationToken)
    {
        if (reference is not PortableExecutableReference executable)
        {
            return null;
        }
        try
        {
            if (executable.GetMetadata() is not AssemblyMetadata assembly || assembly.GetModules() is not { IsDefaultOrEmpty: false } modules)
            {
                return null;
            }
            cancellationToken.ThrowIfCancellationRequested();
            return LookupTableText(modules[0].GetMetadataReader()) is { } text && LookupTable.Read(text) is { } table ? From(table) : null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>The model of a lookup table.</summary>
    public static ReferencedDataset From(LookupTable table) =>
        new(table.DatasetId, table.DatasetVersion, table.Namespace, table.ClassName, table.Kinds
            .Where(k => s_referencedKinds.Contains(k.Kind))
            .Select(k => new ReferencedKind(k.Kind, k.ClassName,
                k.Entities.Select(e => new ReferencedEntity(e.Id, e.Member, e.Name, e.Aliases.ToEquatableArray())).ToEquatableArray(),
                k.Retired.Select(r => new ReferencedRetirement(r.Id, r.How, r.Successor, r.Since, r.Reason)).ToEquatableArray()))
            .ToEquatableArray());

    /// <summary>The value of the assembly's <c>[AssemblyMetadata("Almanac.LookupTable", …)]</c>, read from its metadata without loading it.</summary>
    private static string? LookupTableText(MetadataReader reader)
    {
        if (!reader.IsAssembly)
        {
            return null;
        }
        foreach (CustomAttributeHandle handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            CustomAttribute attribute = reader.GetCustomAttribute(handle);
            if (!IsAssemblyMetadataAttribute(reader, attribute.Constructor))
            {
                continue;
            }
            // The value blob: the prolog 0x0001, then the constructor's two string arguments (key, value).
            BlobReader blob = reader.GetBlobReader(attribute.Value);
            if (blob.ReadUInt16() == 1 && blob.ReadSerializedString() == LookupTable.MetadataKey)
            {
                return blob.ReadSerializedString();
            }
        }
        return null;
    }

    private static bool IsAssemblyMetadataAttribute(MetadataReader reader, EntityHandle constructor)
    {
        if (constructor.Kind != HandleKind.MemberReference)
        {
            return false; // an attribute declared in the assembly itself
        }
        EntityHandle parent = reader.GetMemberReference((MemberReferenceHandle)constructor).Parent;
        if (parent.Kind != HandleKind.TypeReference)
        {
            return false;
        }
        TypeReference type = reader.GetTypeReference((TypeReferenceHandle)parent);
        return reader.StringComparer.Equals(type.Name, "AssemblyMetadataAttribute") && reader.StringComparer.Equals(type.Namespace, "System.Reflection");
    }

    /// <summary>The referenced datasets of a project, one per dataset id (that of the first reference that holds it),
    /// ordered by id.</summary>
    public static EquatableArray<ReferencedDataset> Distinct(ImmutableArray<ReferencedDataset?> datasets) =>
        datasets.Where(d => d is not null).Select(d => d!)
            .GroupBy(d => d.Id, StringComparer.Ordinal)
            .Select(g => g.First())
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToEquatableArray();
}

/// <summary>The entities of one kind of a <see cref="ReferencedDataset"/>.</summary>
/// <param name="Kind">The kind's YAML word: <c>source</c>, <c>actor</c> or <c>place</c>.</param>
/// <param name="ClassName">The generated class that looks the kind up, e.g. <c>Actors</c>.</param>
/// <param name="Entities">The live entities, ordered by id (so an entity's position is its index in that dataset).</param>
/// <param name="Retired">The retired ids, ordered by id.</param>
internal sealed record ReferencedKind(string Kind, string ClassName, EquatableArray<ReferencedEntity> Entities, EquatableArray<ReferencedRetirement> Retired);

/// <summary>A live entity of a referenced dataset: its id, the generated member that returns it (if any), its name and aliases.</summary>
internal sealed record ReferencedEntity(string Id, string? Member, string Name, EquatableArray<string> Aliases);

/// <summary>A retired id of a referenced dataset: <c>renamed</c>, <c>merged</c> or <c>removed</c>, the live id it stands for
/// (none when removed) and the version that retired it.</summary>
internal sealed record ReferencedRetirement(string Id, string How, string? Successor, string Since, string? Reason);
