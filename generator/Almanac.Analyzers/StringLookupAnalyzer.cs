using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Almanac.Lookup;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Almanac.Analyzers;

/// <summary>
/// Checks the string lookups of a referenced dataset's generated classes (<c>Actors.Get("…")</c>, <c>Find</c>,
/// <c>TryGet</c>, <c>Resolve</c>) when the string is a constant: against the ids, names, aliases and retired ids of the
/// dataset's lookup table, with the runtime's matching rule, so that a misspelling warns at compile time (ALMA001), an
/// alias given where an id is expected warns (ALMA002), a constant that names an entity suggests its typed member
/// (ALMA003), a retired id names its successor (ALMA004) and a name that holds only within one source warns that
/// <c>Find</c> matches nothing for it (ALMA005).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StringLookupAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.UnknownIdOrAlias, Descriptors.AliasGivenForId, Descriptors.UseTypedMember, Descriptors.RetiredId, Descriptors.ScopedName);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(AnalyzeInvocation, OperationKind.Invocation);
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        IMethodSymbol method = invocation.TargetMethod;
        // The cheap tests first: most invocations of a compilation are of other methods.
        Lookup lookup = method.Name switch
        {
            "Get" => Lookup.Get,
            "Find" => Lookup.Find,
            "TryGet" => Lookup.TryGet,
            "Resolve" => Lookup.Resolve,
            _ => Lookup.None,
        };
        if (lookup == Lookup.None || !method.IsStatic || method.Parameters.Length == 0 || method.Parameters[0].Type.SpecialType != SpecialType.System_String
            || invocation.Arguments.Length == 0)
        {
            return;
        }
        IArgumentOperation? argument = null;
        foreach (IArgumentOperation candidate in invocation.Arguments)
        {
            if (candidate.Parameter?.Ordinal == 0)
            {
                argument = candidate;
            }
        }
        if (argument is null || argument.Value.ConstantValue is not { HasValue: true, Value: string text }
            || DatasetLookups.For(method.ContainingType) is not { } index)
        {
            return;
        }
        Check(context, lookup, method.ContainingType.Name, index, text, argument.Value.Syntax.GetLocation());
    }

    /// <summary>The lookup methods of a generated class.</summary>
    private enum Lookup
    {
        None,
        Get,
        Find,
        TryGet,
        Resolve,
    }

    /// <summary>Matches <paramref name="text"/> as the lookup would at run time and reports what it finds.</summary>
    private static void Check(OperationAnalysisContext context, Lookup lookup, string className, KindIndex index, string text, Location location)
    {
        bool takesIds = lookup is Lookup.Get or Lookup.TryGet;
        if (index.ById(text) is { } entity)
        {
            if (lookup is Lookup.Get or Lookup.Find && entity.Member is { } member)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.UseTypedMember, location, Properties((Descriptors.Properties.Member, member)),
                    $"{className}.{member}", text, index.Kind, entity.Id, entity.Name));
            }
            return;
        }
        if (index.Retired(text) is { } retired)
        {
            string what = retired.How switch
            {
                "renamed" => $"was renamed to '{retired.Successor}' in {retired.Since}; use '{retired.Successor}'",
                "merged" => $"was merged into '{retired.Successor}' in {retired.Since}; use '{retired.Successor}'",
                _ => $"was removed in {retired.Since}: {(lookup == Lookup.Get ? "Get throws" : "the lookup finds nothing")}",
            };
            LookupEntity? successor = retired.Successor is null ? null : index.ById(retired.Successor);
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.RetiredId, location,
                successor is null ? ImmutableDictionary<string, string?>.Empty
                    : Properties((Descriptors.Properties.Id, successor.Id), (Descriptors.Properties.Member, lookup is Lookup.Get or Lookup.Find ? successor.Member : null)),
                index.Kind, text, what));
            return;
        }
        LookupEntity? named = index.ByAlias(text);
        // A name that holds only within a source (its own scoped alias, or another entity's besides this name) leaves Find
        // nothing to match, as at run time; Resolve lists the candidates, so it is the call to make.
        IReadOnlyList<LookupScopedAlias> scoped = index.Scoped(text);
        if (scoped.Count > 0 && (named is null || scoped.Any(a => a.Id != named.Id)))
        {
            if (lookup != Lookup.Resolve)
            {
                string where = string.Join("; ", scoped.Select(a => $"within the source '{a.Source}' it is '{a.Id}' ({index.ById(a.Id)?.Name ?? a.Id})")
                    .Prepend(named is null ? null : $"everywhere it is the name of '{named.Id}' ({named.Name})").OfType<string>());
                // One candidate and no name everywhere: Find becomes FindIn with that source, when the source has a member.
                string? source = lookup == Lookup.Find && named is null && scoped.Select(a => a.Source).Distinct().Count() == 1
                    ? index.SourceMember(scoped[0].Source) : null;
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.ScopedName, location,
                    source is null ? ImmutableDictionary<string, string?>.Empty : Properties((Descriptors.Properties.FindInSource, source)),
                    text, index.Kind, where, lookup.ToString(), $"{className}.FindIn with the source the text comes from, or {className}.Resolve to see the candidates"));
            }
            return;
        }
        if (named is not null)
        {
            if (takesIds)
            {
                // Another dataset's entity, which this dataset's Find reaches through the alias: it has no id here.
                bool extended = index.IsExtended(named);
                string instead = extended ? $"{className}.Find"
                    : lookup == Lookup.Get
                    ? (named.Member is null ? $"{className}.Find or the id '{named.Id}'" : $"{className}.{named.Member}, {className}.Find or the id '{named.Id}'")
                    : $"the id '{named.Id}'";
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.AliasGivenForId, location,
                    Properties((Descriptors.Properties.Id, extended ? null : named.Id), (Descriptors.Properties.Member, lookup == Lookup.Get ? named.Member : null),
                        (Descriptors.Properties.UseFind, lookup == Lookup.Get ? "true" : null)),
                    text, index.Kind, named.Id, named.Name, lookup == Lookup.Get ? "Get" : "TryGet", instead));
            }
            else if (lookup == Lookup.Find && named.Member is { } member)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.UseTypedMember, location, Properties((Descriptors.Properties.Member, member)),
                    $"{className}.{member}", text, index.Kind, named.Id, named.Name));
            }
            return;
        }
        LookupEntity? closest = index.Closest(text);
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnknownIdOrAlias, location,
            closest is null ? ImmutableDictionary<string, string?>.Empty : Properties((Descriptors.Properties.Id, closest.Id)),
            index.Kind, text, closest is null ? "" : $"; did you mean '{closest.Id}' ({closest.Name})?"));
    }

    private static ImmutableDictionary<string, string?> Properties(params (string Key, string? Value)[] properties)
    {
        ImmutableDictionary<string, string?>.Builder builder = ImmutableDictionary.CreateBuilder<string, string?>();
        foreach (var (key, value) in properties)
        {
            if (value is not null)
            {
                builder.Add(key, value);
            }
        }
        return builder.ToImmutable();
    }
}
