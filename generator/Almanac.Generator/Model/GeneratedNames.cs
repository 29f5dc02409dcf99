using System.Collections.Immutable;

namespace Almanac.Generator.Model;

/// <summary>The names the generated code declares beside and inside the dataset class; the emitter writes them, and a
/// dataset class (MSBuild property AlmanacDatasetClass) may not take one of them.</summary>
internal static class GeneratedNames
{
    public const string Sources = nameof(Sources);
    public const string Actors = nameof(Actors);
    public const string Places = nameof(Places);
    public const string Events = nameof(Events);

    public const string Id = nameof(Id);
    public const string Title = nameof(Title);
    public const string Version = nameof(Version);
    public const string License = nameof(License);
    public const string Citation = nameof(Citation);
    public const string Description = nameof(Description);
    public const string Url = nameof(Url);
    public const string ContentHash = nameof(ContentHash);
    public const string Dataset = nameof(Dataset);
    public const string Store = nameof(Store);
    public const string Holder = nameof(Holder);

    /// <summary>The entity classes, in the order of the data.</summary>
    public static readonly ImmutableArray<string> EntityClasses = ImmutableArray.Create(Sources, Actors, Places, Events);

    /// <summary>The entity class of a kind word (<c>actor</c> → <c>Actors</c>).</summary>
    public static string OfKind(string kind) => kind switch
    {
        "source" => Sources,
        "actor" => Actors,
        "place" => Places,
        _ => Events,
    };

    /// <summary>The entity classes and the members of the dataset class: a dataset class of one of these names would not compile.</summary>
    public static readonly ImmutableArray<string> Reserved = EntityClasses.AddRange(
        Id, Title, Version, License, Citation, Description, Url, ContentHash, Dataset, Store, Holder);
}
