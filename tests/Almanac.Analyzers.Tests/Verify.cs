using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Almanac.Analyzers.Tests;

/// <summary>Runs the analyzer and the code fixes over a consumer's source that references the test dataset (and any other
/// assemblies given), with Roslyn's test harnesses: every diagnostic must be expected, at its location, with its message.</summary>
internal static class Verify
{
    /// <summary>An expected diagnostic at the markup location <c>{|#n:…|}</c> with its full message.</summary>
    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor, int location, string message) =>
        new DiagnosticResult(descriptor).WithLocation(location).WithMessage(message);

    public static async Task Analyzer(string source, IEnumerable<MetadataReference>? references, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<StringLookupAnalyzer, DefaultVerifier> { TestCode = source, ReferenceAssemblies = TestDataset.Net80 };
        test.TestState.AdditionalReferences.AddRange(references ?? new[] { await TestDataset.Valley });
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    public static Task Analyzer(string source, params DiagnosticResult[] expected) => Analyzer(source, null, expected);

    /// <summary>Applies the fix <paramref name="equivalenceKey"/> to the one diagnostic <paramref name="expected"/> of
    /// <paramref name="source"/>, and checks the result and what the analyzer reports on it.</summary>
    public static async Task Fix(string source, DiagnosticResult expected, string equivalenceKey, string fixedSource, params DiagnosticResult[] afterFix)
    {
        var test = new CSharpCodeFixTest<StringLookupAnalyzer, LookupCodeFixProvider, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = TestDataset.Net80,
            CodeActionEquivalenceKey = equivalenceKey,
        };
        MetadataReference valley = await TestDataset.Valley;
        test.TestState.AdditionalReferences.Add(valley);
        test.FixedState.AdditionalReferences.Add(valley);
        test.ExpectedDiagnostics.Add(expected);
        test.FixedState.ExpectedDiagnostics.AddRange(afterFix);
        await test.RunAsync();
    }
}
