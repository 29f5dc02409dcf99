namespace Almanac.Generator;

/// <summary>Names of the pipeline steps, for incremental tests.</summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string RuntimeReference = nameof(RuntimeReference);
    public const string Classify = nameof(Classify);
    public const string Parse = nameof(Parse);
    public const string Document = nameof(Document);
    public const string Link = nameof(Link);
    public const string Model = nameof(Model);
    public const string LinkDiagnostics = nameof(LinkDiagnostics);
    public const string ParseDiagnostics = nameof(ParseDiagnostics);
    public const string DocumentDiagnostics = nameof(DocumentDiagnostics);
}
