using System.Collections.Immutable;
using Almanac.Generator.DataEncoding;
using Almanac.Generator.Emit;
using Almanac.Generator.Linking;
using Almanac.Generator.Project;
using Almanac.Generator.Referencing;
using Microsoft.CodeAnalysis;

namespace Almanac.Generator;

/// <summary>
/// Compiles an Almanac dataset: YAML files (AdditionalFiles with AlmanacKind="data") and source documents
/// (AlmanacKind="document") become typed entities, lookup tables and queries.
/// Pipeline: settings and runtime checked → each file parsed, each document indexed, each referenced dataset's ids read
/// → link and check → encode → emit; each stage's diagnostics travel beside its model and are reported on their own.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class AlmanacGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        IncrementalValueProvider<OptionsResult> options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptions.Read(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        IncrementalValueProvider<RuntimeInfo> runtime = context.CompilationProvider
            .Select(static (compilation, _) => RuntimeInfo.Find(compilation))
            .WithTrackingName(TrackingNames.Runtime);

        IncrementalValueProvider<GeneratorOptions?> settings = options.Combine(runtime)
            .Select(static (x, _) => ProjectChecks.Settings(x.Left, x.Right))
            .WithTrackingName(TrackingNames.Settings);

        IncrementalValuesProvider<(AdditionalText Text, string? Kind)> classified = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => (pair.Left, pair.Right.GetOptions(pair.Left).TryGetValue(OptionKeys.KindKey, out string? kind) ? kind : null))
            .WithTrackingName(TrackingNames.Classify);

        IncrementalValuesProvider<ParsedFile> parsed = classified
            .Where(static x => string.Equals(x.Kind, OptionKeys.DataKind, StringComparison.OrdinalIgnoreCase))
            .Select(static (x, cancellationToken) => FileParser.Parse(x.Text.Path, x.Text.GetText(cancellationToken), cancellationToken))
            .WithTrackingName(TrackingNames.Parse);

        IncrementalValuesProvider<IndexedDocument> documents = classified
            .Where(static x => string.Equals(x.Kind, OptionKeys.DocumentKind, StringComparison.OrdinalIgnoreCase))
            .Select(static (x, cancellationToken) => QuoteIndex.Prepare(x.Text.Path, x.Text.GetText(cancellationToken), cancellationToken))
            .WithTrackingName(TrackingNames.DocumentIndex);

        IncrementalValueProvider<LocationInfo?> anchor = parsed.Collect()
            .Select(static (files, _) => ProjectChecks.Anchor(files))
            .WithTrackingName(TrackingNames.DatasetAnchor);

        // The lookup tables of the referenced dataset assemblies, read again only when the references change (a new
        // package version), not when a YAML or C# file is edited.
        IncrementalValueProvider<EquatableArray<ReferencedDataset>> referenced = context.MetadataReferencesProvider
            .Select(static (reference, cancellationToken) => ReferencedDataset.Read(reference, cancellationToken))
            .WithTrackingName(TrackingNames.ReferencedDataset)
            .Collect()
            .Select(static (datasets, _) => ReferencedDataset.Distinct(datasets))
            .WithTrackingName(TrackingNames.ReferencedDatasets);

        IncrementalValueProvider<LinkResult> linked = parsed.Collect()
            .Combine(documents.Collect())
            .Combine(settings)
            .Combine(referenced)
            .Select(static (x, cancellationToken) => Linker.Link(x.Left.Left.Left, x.Left.Left.Right, x.Left.Right, x.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Link);

        IncrementalValueProvider<EncodeResult> encoded = linked
            .Combine(settings)
            .Combine(runtime)
            .Select(static (x, cancellationToken) =>
                DataEncoder.Encode(x.Left.Left.Dataset, x.Left.Right?.Compression ?? DataCompression.Auto, x.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Encode);

        Report(context, parsed.Select(static (file, _) => file.Diagnostics).WithTrackingName(TrackingNames.ParseDiagnostics));
        Report(context, parsed.Combine(settings)
            .Select(static (x, _) => x.Right is { RequireProvenance: true } ? x.Left.ProvenanceGaps : EquatableArray<DiagnosticInfo>.Empty)
            .WithTrackingName(TrackingNames.ProvenanceDiagnostics));
        Report(context, documents.Select(static (document, _) => document.Diagnostics).WithTrackingName(TrackingNames.DocumentDiagnostics));
        Report(context, options.Combine(runtime).Combine(anchor)
            .Select(static (x, _) => ProjectChecks.Diagnostics(x.Left.Left, x.Left.Right, x.Right))
            .WithTrackingName(TrackingNames.ProjectDiagnostics));
        Report(context, linked.Select(static (result, _) => result.Diagnostics).WithTrackingName(TrackingNames.LinkDiagnostics));
        Report(context, encoded.Select(static (result, _) => result.Diagnostics).WithTrackingName(TrackingNames.EncodeDiagnostics));

        // One item per generated file, compared with the file of the run before: an edit writes again only the files whose
        // values it changes (one file of a thousand event members, the data), and the others keep their syntax trees.
        IncrementalValuesProvider<SourceFile> files = linked.Combine(encoded)
            .Select(static (x, _) => EmitModelBuilder.Build(x.Left.Dataset, x.Right.Data))
            .WithTrackingName(TrackingNames.Model)
            .SelectMany(static (model, _) => model is null ? ImmutableArray<SourceFile>.Empty : Emitter.Files(model).ToImmutableArray())
            .WithTrackingName(TrackingNames.Files);
        context.RegisterSourceOutput(files, static (spc, file) =>
        {
            try
            {
                spc.AddSource(file.HintName, Emitter.Write(file));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                spc.ReportDiagnostic(Diagnostic.Create(Diagnostics.InternalError, Location.None, ex.GetType().Name, ex.Message));
            }
        });
    }

    /// <summary>Reports the diagnostics of one stage, each file's or document's on their own.</summary>
    private static void Report(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<EquatableArray<DiagnosticInfo>> diagnostics) =>
        context.RegisterSourceOutput(diagnostics, static (spc, d) => Report(spc, d));

    /// <summary>Reports the diagnostics of one stage.</summary>
    private static void Report(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<EquatableArray<DiagnosticInfo>> diagnostics) =>
        context.RegisterSourceOutput(diagnostics, static (spc, d) => Report(spc, d));

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (DiagnosticInfo diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
