namespace Almanac.Export;

/// <summary>
/// What an export of a dataset holds besides the dataset's own data: see
/// <see cref="DatasetExport.WriteAsync(Dataset, string, IEnumerable{ExportFormat}, ExportOptions, IProgress{ExportedFile}?, System.Threading.CancellationToken)"/>.
/// </summary>
/// <remarks>
/// The export of a dataset that extends others (see <see cref="Dataset.Extends"/>) always holds, besides its own entities,
/// every entity of those datasets that one of its rows names (transitively: a named actor's <c>part-of</c> chain, a
/// place's <c>within</c> chain, the sources their citations cite), each with its dataset in the <c>dataset</c> column and
/// written with its qualified id (<c>libya:gna</c>), so that every reference resolves inside the export.
/// </remarks>
public sealed class ExportOptions
{
    /// <summary>The options of an ordinary export: the dataset's own data, without a <c>changes</c> table.</summary>
    public static ExportOptions Default { get; } = new();

    /// <summary>
    /// The changes of the dataset since an earlier release (<see cref="DatasetChangelog.SincePreviousRelease"/>,
    /// <see cref="DatasetDiff.Compare(Dataset, Dataset)"/>), written as the <c>changes</c> table; <see langword="null"/> for none.
    /// </summary>
    public DatasetDiff? Changes { get; init; }

    /// <summary>
    /// Whether the export holds the union of the dataset and the datasets it extends: their sources, actors, places,
    /// events and retired ids in full besides the dataset's own (each row with its <c>dataset</c>, the other datasets'
    /// ids qualified, <c>libya:gna</c>), as the dataset's queries answer over both. <see langword="false"/> (the default):
    /// the dataset's own events, and of the other datasets only the entities its rows name. A dataset that extends none
    /// is exported the same either way.
    /// </summary>
    public bool WithReferenced { get; init; }
}
