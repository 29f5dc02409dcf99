namespace Almanac;

/// <summary>A document that facts in the dataset are quoted from: an article, a report, a gazetteer.</summary>
/// <remarks>Its data (constructor and properties) is derived from the schema, in Source.g.cs.</remarks>
public sealed partial class Source : Entity
{
    /// <summary>The title of the source (same as <see cref="Entity.Name"/>).</summary>
    public string Title => Name;

    /// <summary>The tombstone of a removed source id: its id and name (title), no other data.</summary>
    internal static Source Tombstone(Storage.DatasetStore store, Retirement retirement) =>
        new Source(store, Storage.DataFormat.None, retirement.Id, retirement.Name, default, System.Array.Empty<string>(), null, null, null, null, null, null, null,
            System.Array.Empty<ExcludedPassage>(), System.Array.Empty<string>(), null).AsTombstone<Source>(retirement);
}
