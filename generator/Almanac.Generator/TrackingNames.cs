namespace Almanac.Generator;

/// <summary>Names of the pipeline steps, for incremental tests (which find every step here).</summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string Runtime = nameof(Runtime);
    public const string Settings = nameof(Settings);
    public const string Classify = nameof(Classify);
    public const string Parse = nameof(Parse);
    public const string DocumentIndex = nameof(DocumentIndex);
    public const string DatasetAnchor = nameof(DatasetAnchor);
    public const string ReferencedDataset = nameof(ReferencedDataset);
    public const string ReferencedDatasets = nameof(ReferencedDatasets);
    public const string Link = nameof(Link);
    public const string Encode = nameof(Encode);
    public const string Model = nameof(Model);
    public const string Files = nameof(Files);
    public const string ParseDiagnostics = nameof(ParseDiagnostics);
    public const string ProvenanceDiagnostics = nameof(ProvenanceDiagnostics);
    public const string DocumentDiagnostics = nameof(DocumentDiagnostics);
    public const string ProjectDiagnostics = nameof(ProjectDiagnostics);
    public const string LinkDiagnostics = nameof(LinkDiagnostics);
    public const string EncodeDiagnostics = nameof(EncodeDiagnostics);
}
