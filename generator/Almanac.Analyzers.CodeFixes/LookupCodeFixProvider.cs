using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Almanac.Analyzers;

/// <summary>
/// The fixes of the string-lookup diagnostics: rewrite the lookup to the typed member (<c>Actors.Get("haftar")</c> →
/// <c>Actors.Haftar</c>), make <c>Get</c> of an alias a <c>Find</c>, or write the id that the diagnostic names instead of the
/// literal (the id of an alias, the successor of a retired id, the closest id to a misspelling), or make <c>Find</c> of a
/// name that holds only within one source a <c>FindIn</c> with that source.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LookupCodeFixProvider)), Shared]
public sealed class LookupCodeFixProvider : CodeFixProvider
{
    /// <summary>The equivalence key of the fix that rewrites the lookup to the typed member.</summary>
    public const string UseMemberKey = "Almanac.UseMember";

    /// <summary>The equivalence key of the fix that makes <c>Get</c> a <c>Find</c>.</summary>
    public const string UseFindKey = "Almanac.UseFind";

    /// <summary>The equivalence key of the fix that writes the id instead of the literal.</summary>
    public const string UseIdKey = "Almanac.UseId";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        Descriptors.UnknownIdOrAlias.Id, Descriptors.AliasGivenForId.Id, Descriptors.UseTypedMember.Id, Descriptors.RetiredId.Id, Descriptors.ScopedName.Id);

    /// <summary>The equivalence key of the fix that makes <c>Find</c> a <c>FindIn</c> with the source a name holds in.</summary>
    public const string UseFindInKey = "Almanac.UseFindIn";

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            SyntaxNode node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (node.FirstAncestorOrSelf<ArgumentSyntax>()?.Parent?.Parent is not InvocationExpressionSyntax invocation)
            {
                continue;
            }
            ImmutableDictionary<string, string?> properties = diagnostic.Properties;
            if (properties.TryGetValue(Descriptors.Properties.Member, out string? member) && member is not null
                && MemberAccess(invocation, member) is { } access)
            {
                context.RegisterCodeFix(CodeAction.Create($"Use {access}",
                    c => Replace(context.Document, invocation, access.WithTriviaFrom(invocation), c), UseMemberKey), diagnostic);
            }
            if (properties.ContainsKey(Descriptors.Properties.UseFind) && MethodName(invocation) is { } name)
            {
                context.RegisterCodeFix(CodeAction.Create("Use Find, which takes names and aliases",
                    c => Replace(context.Document, name, SyntaxFactory.IdentifierName("Find").WithTriviaFrom(name), c), UseFindKey), diagnostic);
            }
            if (properties.TryGetValue(Descriptors.Properties.FindInSource, out string? source) && source is not null
                && MethodName(invocation) is { } find && SourceAccess(invocation, source) is { } sourceAccess)
            {
                InvocationExpressionSyntax findIn = invocation
                    .ReplaceNode(find, SyntaxFactory.IdentifierName("FindIn").WithTriviaFrom(find))
                    .AddArgumentListArguments(SyntaxFactory.Argument(sourceAccess));
                context.RegisterCodeFix(CodeAction.Create($"Use FindIn with {source}",
                    c => Replace(context.Document, invocation, findIn, c), UseFindInKey), diagnostic);
            }
            if (properties.TryGetValue(Descriptors.Properties.Id, out string? id) && id is not null
                && node is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                context.RegisterCodeFix(CodeAction.Create($"Use the id '{id}'",
                    c => Replace(context.Document, literal, SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(id)).WithTriviaFrom(literal), c),
                    UseIdKey), diagnostic);
            }
        }
    }

    /// <summary>The member access that replaces the lookup: the same receiver (<c>Actors</c>, <c>Data.Actors</c>) with the
    /// member's name, or the member alone when the lookup is called without one (<c>using static</c>).</summary>
    private static ExpressionSyntax? MemberAccess(InvocationExpressionSyntax invocation, string member) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax access => access.WithName(SyntaxFactory.IdentifierName(member)),
        IdentifierNameSyntax => SyntaxFactory.IdentifierName(member),
        _ => null,
    };

    /// <summary>The source's member (<c>Sources.Article</c>), qualified as the lookup's receiver is (<c>Data.Actors</c> gives
    /// <c>Data.Sources.Article</c>).</summary>
    private static ExpressionSyntax? SourceAccess(InvocationExpressionSyntax invocation, string source) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax { Expression: MemberAccessExpressionSyntax receiver } => SyntaxFactory.ParseExpression(receiver.Expression + "." + source),
        MemberAccessExpressionSyntax or IdentifierNameSyntax => SyntaxFactory.ParseExpression(source),
        _ => null,
    };

    /// <summary>The name of the method the invocation calls.</summary>
    private static SimpleNameSyntax? MethodName(InvocationExpressionSyntax invocation) => invocation.Expression switch
    {
        MemberAccessExpressionSyntax access => access.Name,
        IdentifierNameSyntax identifier => identifier,
        _ => null,
    };

    private static async Task<Document> Replace(Document document, SyntaxNode node, SyntaxNode replacement, CancellationToken cancellationToken)
    {
        SyntaxNode root = (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false))!;
        return document.WithSyntaxRoot(root.ReplaceNode(node, replacement));
    }
}
