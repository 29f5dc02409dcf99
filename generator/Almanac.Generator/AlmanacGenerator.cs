using System;
using System.IO;
using Almanac.Generator.Common;
using Almanac.Generator.Emit;
using Almanac.Generator.Linking;
using Almanac.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Almanac.Generator;

/// <summary>
/// Compiles an Almanac dataset: YAML files (AdditionalFiles with AlmanacKind="data") and source documents
/// (AlmanacKind="document") become typed entities, lookup tables and queries.
/// Pipeline: parse each file → link and validate → emit; diagnostics travel beside the model.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class AlmanacGenerator : IIncrementalGenerator
{
    private const string KindMetadata = "build_metadata.AdditionalFiles.AlmanacKind";

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<GeneratorOptions> options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => new GeneratorOptions(
                Read(provider.GlobalOptions, "build_property.AlmanacNamespace") ?? Read(provider.GlobalOptions, "build_property.RootNamespace"),
                Read(provider.GlobalOptions, "build_property.AlmanacDatasetClass"),
                Read(provider.GlobalOptions, "build_property.AlmanacCompression"),
                Read(provider.GlobalOptions, "build_property.AlmanacNamedEventsLimit")))
            .WithTrackingName(TrackingNames.Options);

        IncrementalValueProvider<bool> runtimeReferenced = context.MetadataReferencesProvider
            .Select(static (reference, _) => reference is PortableExecutableReference { FilePath: { } path }
                && string.Equals(Path.GetFileName(path), "Almanac.dll", StringComparison.OrdinalIgnoreCase))
            .Collect()
            .Select(static (found, _) => found.Contains(true))
            .WithTrackingName(TrackingNames.RuntimeReference);

        IncrementalValuesProvider<(AdditionalText Text, string? Kind)> classified = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => (pair.Left, Read(pair.Right.GetOptions(pair.Left), KindMetadata)))
            .WithTrackingName(TrackingNames.Classify);

        IncrementalValuesProvider<ParsedFile> parsed = classified
            .Where(static x => string.Equals(x.Kind, "data", StringComparison.OrdinalIgnoreCase))
            .Select(static (x, cancellationToken) => FileParser.Parse(x.Text.Path, x.Text.GetText(cancellationToken), cancellationToken))
            .WithTrackingName(TrackingNames.Parse);

        IncrementalValuesProvider<DocumentText> documents = classified
            .Where(static x => string.Equals(x.Kind, "document", StringComparison.OrdinalIgnoreCase))
            .Select(static (x, cancellationToken) => DocumentText.Read(x.Text.Path, x.Text.GetText(cancellationToken)))
            .WithTrackingName(TrackingNames.Document);

        IncrementalValueProvider<LinkResult> linked = parsed.Collect()
            .Combine(documents.Collect())
            .Combine(options)
            .Combine(runtimeReferenced)
            .Select(static (x, cancellationToken) => Linker.Link(x.Left.Left.Left, x.Left.Left.Right, x.Left.Right, x.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Link);

        context.RegisterSourceOutput(
            parsed.Select(static (file, _) => file.Diagnostics).WithTrackingName(TrackingNames.ParseDiagnostics),
            static (spc, diagnostics) => Report(spc, diagnostics));

        context.RegisterSourceOutput(
            documents.Select(static (document, _) => document.Diagnostics).WithTrackingName(TrackingNames.DocumentDiagnostics),
            static (spc, diagnostics) => Report(spc, diagnostics));

        context.RegisterSourceOutput(
            linked.Select(static (result, _) => result.Diagnostics).WithTrackingName(TrackingNames.LinkDiagnostics),
            static (spc, diagnostics) => Report(spc, diagnostics));

        context.RegisterSourceOutput(
            linked.Select(static (result, _) => result.Model).WithTrackingName(TrackingNames.Model),
            static (spc, model) =>
            {
                if (model is null)
                {
                    return;
                }
                try
                {
                    foreach (var (hintName, source) in Emitter.Emit(model))
                    {
                        spc.CancellationToken.ThrowIfCancellationRequested();
                        spc.AddSource(hintName, source);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    spc.ReportDiagnostic(Diagnostic.Create(Diagnostics.InternalError, Location.None, ex.GetType().Name, ex.Message));
                }
            });
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (DiagnosticInfo diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }

    private static string? Read(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out string? value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
