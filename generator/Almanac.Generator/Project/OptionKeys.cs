namespace Almanac.Generator.Project;

/// <summary>The MSBuild names the generator and its MSBuild glue read. <c>buildTransitive/Almanac.Generator.props</c> makes
/// each of <see cref="Properties"/> visible to the compiler, and <c>buildTransitive/Almanac.Generator.targets</c> sets
/// <see cref="ItemProperties"/> (tests check both).</summary>
public static class OptionKeys
{
    /// <summary>MSBuild properties the generator reads, each a <c>CompilerVisibleProperty</c>.</summary>
    public static class Properties
    {
        /// <summary>The namespace of the generated classes (default: <see cref="RootNamespace"/>).</summary>
        public const string Namespace = "AlmanacNamespace";

        /// <summary>The project's root namespace, the namespace when <see cref="Namespace"/> is not set.</summary>
        public const string RootNamespace = "RootNamespace";

        /// <summary>The name of the dataset class (default: the dataset id in PascalCase + <c>Dataset</c>).</summary>
        public const string DatasetClass = "AlmanacDatasetClass";

        /// <summary>Whether the compiled data is compressed: <c>auto</c>, <c>always</c> or <c>never</c>.</summary>
        public const string Compression = "AlmanacCompression";

        /// <summary>Named <c>Events</c> members are generated up to this many events.</summary>
        public const string NamedEventsLimit = "AlmanacNamedEventsLimit";

        /// <summary><c>true</c>: every value that needs provenance must be supported by a citation or listed as uncertain (ALM029).</summary>
        public const string RequireProvenance = "AlmanacRequireProvenance";
    }

    /// <summary>MSBuild properties of the glue only (the compiler never sees them): they choose the <c>AdditionalFiles</c>.</summary>
    public static class ItemProperties
    {
        /// <summary>The folder of the dataset's YAML files, relative to the project.</summary>
        public const string DataFolder = "AlmanacDataFolder";

        /// <summary>The folder of the source documents that quotes are checked against, relative to the project.</summary>
        public const string DocumentsFolder = "AlmanacDocumentsFolder";

        /// <summary><c>false</c> turns the item globs off.</summary>
        public const string Enabled = "AlmanacEnabled";
    }

    /// <summary>The default of <see cref="ItemProperties.DataFolder"/>.</summary>
    public const string DefaultDataFolder = "data";

    /// <summary>The default of <see cref="ItemProperties.DocumentsFolder"/>.</summary>
    public const string DefaultDocumentsFolder = "seeds";

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
