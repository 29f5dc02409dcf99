using System.Reflection;
using Microsoft.CodeAnalysis;

namespace Almanac.Analyzers.Tests;

/// <summary>Every diagnostic of the analyzers is tested, fixed where it says how, and documented in docs/diagnostics.md.</summary>
public class DescriptorTests
{
    private static readonly DiagnosticDescriptor[] s_descriptors = typeof(Descriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => f.GetValue(null)).OfType<DiagnosticDescriptor>().ToArray();

    [Fact]
    public void Every_descriptor_is_tested_documented_supported_and_fixable()
    {
        Assert.Equal(new[] { "ALMA001", "ALMA002", "ALMA003", "ALMA004", "ALMA005" }, s_descriptors.Select(d => d.Id).Order(StringComparer.Ordinal));
        string[] analyzerTests = typeof(StringLookupAnalyzerTests).GetMethods().Select(m => m.Name).ToArray();
        string[] fixTests = typeof(LookupCodeFixTests).GetMethods().Select(m => m.Name).ToArray();
        string docs = File.ReadAllText(Path.Combine(TempDirectory.RepositoryRoot(), "docs", "diagnostics.md"));
        foreach (DiagnosticDescriptor descriptor in s_descriptors)
        {
            Assert.Contains(analyzerTests, name => name.StartsWith(descriptor.Id + "_", StringComparison.Ordinal));
            Assert.Contains(fixTests, name => name.StartsWith(descriptor.Id + "_", StringComparison.Ordinal));
            Assert.Contains($"### {descriptor.Id}: {descriptor.Title}", docs, StringComparison.Ordinal);
            Assert.Contains(descriptor, new StringLookupAnalyzer().SupportedDiagnostics);
            Assert.Contains(descriptor.Id, new LookupCodeFixProvider().FixableDiagnosticIds);
        }
    }
}
