namespace Almanac.Generator.Project;

/// <summary>The MSBuild names the generator reads. <c>buildTransitive/Almanac.Generator.props</c> makes each visible to the
/// compiler (a test checks that it lists exactly these).</summary>
internal static class OptionKeys
{
    /// <summary>MSBuild properties, each a <c>CompilerVisibleProperty</c>.</summary>
    public static class Properties
    {
        public const string Namespace = "AlmanacNamespace";
        public const string RootNamespace = "RootNamespace";
        public const string DatasetClass = "AlmanacDatasetClass";
        public const string Compression = "AlmanacCompression";
        public const string NamedEventsLimit = "AlmanacNamedEventsLimit";
    }

    /// <summary>The metadata of an AdditionalFiles item that says what the file is (<c>data</c> or <c>document</c>), a <c>CompilerVisibleItemMetadata</c>.</summary>
    public const string KindMetadata = "AlmanacKind";

    /// <summary>The <c>AlmanacKind</c> of a YAML file of the dataset.</summary>
    public const string DataKind = "data";

    /// <summary>The <c>AlmanacKind</c> of a source document.</summary>
    public const string DocumentKind = "document";

    /// <summary>The analyzer config key of an MSBuild property.</summary>
    public static string Property(string name) => "build_property." + name;

    /// <summary>The analyzer config key of the kind of an additional file.</summary>
    public const string KindKey = "build_metadata.AdditionalFiles." + KindMetadata;
}
