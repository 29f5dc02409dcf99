using Microsoft.CodeAnalysis;

namespace Almanac.Generator;

/// <summary>
/// Every diagnostic the generator reports. Ids ALM001–ALM099 are data errors and warnings, documented one by one
/// in <c>docs/diagnostics.md</c>; an id is never reused for another meaning.
/// </summary>
internal static class Diagnostics
{
    private const string Category = "Almanac";

    private static DiagnosticDescriptor Error(string id, string title, string format) =>
        new(id, title, format, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor YamlSyntax = Error("ALM001", "YAML syntax error",
        "YAML syntax error: {0}");

    public static readonly DiagnosticDescriptor UnknownKey = new("ALM002", "Unknown key",
        "Unknown key '{0}' in {1}; it is ignored{2}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor MissingField = Error("ALM003", "Missing required field",
        "{0} is missing the required key '{1}'");

    public static readonly DiagnosticDescriptor InvalidValue = Error("ALM004", "Invalid value",
        "Invalid {0} '{1}': {2}");

    public static readonly DiagnosticDescriptor DuplicateId = Error("ALM005", "Duplicate id",
        "Duplicate {0} id '{1}': it is already defined at {2}");

    public static readonly DiagnosticDescriptor UnknownReference = Error("ALM006", "Unknown reference",
        "Unknown {0} '{1}'{2}");

    public static readonly DiagnosticDescriptor QuoteNotFound = Error("ALM007", "Quote not found in its source",
        "The quote is not in the document of source '{0}' ({1}); closest passage: \"{2}\"");

    public static readonly DiagnosticDescriptor DocumentNotFound = Error("ALM008", "Source document not given to the compiler",
        "The document '{0}' of source '{1}' is not among the source documents given to the compiler; put it in the project's documents folder (MSBuild property AlmanacDocumentsFolder, default 'seeds') or add it as <AdditionalFiles Include=\"...\" AlmanacKind=\"document\" />{2}");

    public static readonly DiagnosticDescriptor AliasCollision = Error("ALM009", "Alias shared by two entities",
        "The {0} '{1}' of {2} '{3}' matches {2} '{4}' too (both normalise to '{5}'); Find could not tell them apart");

    public static readonly DiagnosticDescriptor IdentifierCollision = Error("ALM010", "Identifier collision",
        "The {0} id '{1}' becomes the C# member '{2}', {3}");

    public static readonly DiagnosticDescriptor Cycle = Error("ALM011", "Cycle",
        "'{0}' of {1} '{2}' makes a cycle: {3}");

    public static readonly DiagnosticDescriptor WrongShape = Error("ALM012", "Value of the wrong shape",
        "{0} must be {1}, not {2}");

    public static readonly DiagnosticDescriptor DatasetSection = Error("ALM013", "Dataset section missing or repeated",
        "{0}");

    public static readonly DiagnosticDescriptor RuntimeMissing = Error("ALM014", "Almanac runtime not referenced",
        "The project runs Almanac.Generator but does not reference the Almanac runtime library; add <PackageReference Include=\"Almanac\" /> with the same version as Almanac.Generator");

    public static readonly DiagnosticDescriptor UnsupportedYaml = Error("ALM015", "Unsupported YAML feature",
        "{0}");

    public static readonly DiagnosticDescriptor InvalidSetting = Error("ALM017", "Invalid MSBuild setting",
        "The MSBuild property {0} is '{1}'; it must be {2}");

    public static readonly DiagnosticDescriptor NamedEventsOmitted = new("ALM018", "Named event members omitted",
        "The dataset has {0} events; named Events members are generated for at most {1} (MSBuild property AlmanacNamedEventsLimit). Reach events with Events.Get(id), Events.Find(alias) and the queries.",
        Category, DiagnosticSeverity.Info, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DataTooLarge = Error("ALM019", "Compiled data too large for one assembly",
        "The compiled data takes {0} MB, more than the {1} MB one assembly can carry{2}; split the dataset into several projects");

    public static readonly DiagnosticDescriptor InvalidUtf8 = Error("ALM020", "Text not valid UTF-8",
        "The {0} is not valid UTF-8: the compiler reads the byte here as {1}; save the file as UTF-8");

    public static readonly DiagnosticDescriptor RuntimeFormatMismatch = Error("ALM021", "Almanac runtime reads other data formats",
        "The referenced Almanac runtime reads data formats {0}–{1} but this Almanac.Generator writes format {2}; use matching package versions");

    public static readonly DiagnosticDescriptor RetiredIdReused = Error("ALM022", "Retired id used again",
        "The {0} id '{1}' was retired in {2} ({3}); a retired id is never used again, so that code written against an earlier release keeps its meaning; choose another id");

    public static readonly DiagnosticDescriptor InvalidRetirement = Error("ALM023", "Invalid retirement",
        "{0}");

    public static readonly DiagnosticDescriptor ReferenceToRetired = new("ALM024", "Reference to a retired id",
        "The {0} '{1}' was {2} '{3}' in {4}; the reference is linked to '{3}': write '{3}' here", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ReferenceToRemoved = Error("ALM025", "Reference to a removed id",
        "The {0} '{1}' was removed in {2} ({3}); refer to another {0} or remove the reference");

    public static readonly DiagnosticDescriptor QuoteOrClaim = Error("ALM026", "Citation without exactly one of quote and claim",
        "{0} has {1}; give exactly one: {2}");

    public static readonly DiagnosticDescriptor UncheckedQuote = new("ALM027", "Quote that cannot be checked",
        "The quote cannot be checked: source '{0}' has no local document; cite it with 'claim:' (what the source says, in your words) or give the source a document",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnknownValueKey = Error("ALM028", "Unknown value key",
        "Unknown value '{0}' in '{1}' of {2}: {3}");

    public static readonly DiagnosticDescriptor MissingProvenance = new("ALM029", "Value without provenance",
        "The {0} of {1} is supported by no citation: add '{2}' to the 'supports' of the citation it comes from, or to the 'uncertain' list of the entity if it is an assumption (the build requires provenance: AlmanacRequireProvenance)",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor EventWithoutPlace = new("ALM030", "Event without a place",
        "The event '{0}' has no place; give it the place where it happened or, when the sources say less, a place that stands for the area or country they name, with a coarser geo-precision (ACLED and UCDP rows need a location)",
        Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor AmbiguousReference = Error("ALM031", "Reference ambiguous between referenced datasets",
        "The {0} id '{1}' is in more than one referenced dataset; qualify it with the dataset's id: {2}");

    public static readonly DiagnosticDescriptor RedefinedReferencedEntity = Error("ALM032", "Entity of a referenced dataset defined again",
        "The {0} '{1}' is defined by the referenced dataset {2}; refer to it ('{3}') instead of defining it again, and choose another id for an entity of your own");

    public static readonly DiagnosticDescriptor InvalidExtension = Error("ALM033", "Invalid extension",
        "{0}");

    public static readonly DiagnosticDescriptor InternalError = Error("ALM016", "Internal generator error",
        "Almanac.Generator failed on this input ({0}: {1}); please report it with the file");
}
