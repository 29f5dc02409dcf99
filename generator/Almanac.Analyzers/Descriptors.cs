using Microsoft.CodeAnalysis;

namespace Almanac.Analyzers;

/// <summary>
/// Every diagnostic of the analyzers. Ids ALMA001–ALMA099 are the analyzers' own (the generator's are ALM001–ALM099),
/// documented one by one in <c>docs/diagnostics.md</c>; an id is never reused for another meaning.
/// </summary>
internal static class Descriptors
{
    private const string Category = "Almanac.Lookups";

    private static DiagnosticDescriptor Create(string id, string title, string format, DiagnosticSeverity severity) =>
        new(id, title, format, Category, severity, isEnabledByDefault: true);

    /// <summary>A constant that no id, name, alias or retired id of the kind matches. {0} the kind, {1} the text, {2} "; did you mean …?" or nothing.</summary>
    public static readonly DiagnosticDescriptor UnknownIdOrAlias = Create("ALMA001", "Unknown id or alias",
        "No {0} has the id or alias '{1}'{2}", DiagnosticSeverity.Warning);

    /// <summary>A name or alias given to <c>Get</c> or <c>TryGet</c>, which take ids. {0} the text, {1} the kind, {2} the id, {3} the name, {4} the method, {5} what to use instead.</summary>
    public static readonly DiagnosticDescriptor AliasGivenForId = Create("ALMA002", "Alias given where an id is expected",
        "'{0}' is not the id of any {1} but a name of '{2}' ({3}); {4} takes ids: use {5}", DiagnosticSeverity.Warning);

    /// <summary>A constant that matches an entity that has a typed member. {0} the member access, {1} the text, {2} the kind, {3} the id, {4} the name.</summary>
    public static readonly DiagnosticDescriptor UseTypedMember = Create("ALMA003", "Lookup of a constant that has a typed member",
        "Use {0}: '{1}' is the {2} '{3}' ({4}), and the member is checked by the compiler", DiagnosticSeverity.Info);

    /// <summary>A retired id. {0} the kind, {1} the id, {2} what became of it, e.g. "was renamed to 'gna' in 0.2.0; use 'gna'".</summary>
    public static readonly DiagnosticDescriptor RetiredId = Create("ALMA004", "Lookup of a retired id",
        "The {0} id '{1}' {2}", DiagnosticSeverity.Warning);

    /// <summary>
    /// A constant that is a name holding only within one source (a scoped alias), which <c>Find</c>, <c>Get</c> and
    /// <c>TryGet</c> do not match. {0} the text, {1} the kind, {2} what it names and where, {3} the method, {4} what to use instead.
    /// </summary>
    public static readonly DiagnosticDescriptor ScopedName = Create("ALMA005", "Name that holds only within a source",
        "'{0}' does not name one {1} everywhere: {2}; {3} matches nothing for it: use {4}", DiagnosticSeverity.Warning);

    /// <summary>The names of the properties that a diagnostic passes to its code fixes.</summary>
    public static class Properties
    {
        /// <summary>The id to write instead of the constant (when the constant is a literal).</summary>
        public const string Id = "Id";

        /// <summary>The name of the typed member that returns the entity, in the class the lookup was called on.</summary>
        public const string Member = "Member";

        /// <summary>Present when <c>Get</c> can become <c>Find</c>, which takes names and aliases.</summary>
        public const string UseFind = "UseFind";

        /// <summary>The source a name holds in, as its generated member (<c>Sources.Article</c>), when <c>Find</c> can become <c>FindIn</c> with it.</summary>
        public const string FindInSource = "FindInSource";
    }
}
