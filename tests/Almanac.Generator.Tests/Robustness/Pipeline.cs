using System.Runtime.CompilerServices;
using Almanac.Generator.Common;
using Almanac.Generator.DataEncoding;
using Almanac.Generator.Emit;
using Almanac.Generator.Parsing;

namespace Almanac.Generator.Tests.Robustness;

/// <summary>A set of YAML files and source documents, as the generator is given them.</summary>
public sealed record Corpus(string Name, IReadOnlyList<(string Path, string Text)> Data, IReadOnlyList<(string Path, string Text)> Documents)
{
    /// <summary>The small fixture that uses every field.</summary>
    public static Corpus Fixture { get; } = FromTexts("fixture", GeneratorHarness.Fixture("small"));

    /// <summary>The real Libya dataset: dataset/data/*.yaml and seeds/*.</summary>
    public static Corpus Libya { get; } = LoadLibya();

    public static Corpus FromTexts(string name, IEnumerable<AlmanacInput> texts)
    {
        var list = texts.ToList();
        return new Corpus(name,
            list.Where(t => t.Kind == AlmanacFileKind.Data).Select(t => (t.Path, t.GetText()!.ToString())).ToList(),
            list.Where(t => t.Kind == AlmanacFileKind.Document).Select(t => (t.Path, t.GetText()!.ToString())).ToList());
    }

    /// <summary>The files for <see cref="GeneratorHarness.Run"/>, with file <paramref name="replaced"/> (by index) given <paramref name="text"/>.</summary>
    public List<AlmanacInput> Texts(int replaced = -1, string? text = null)
    {
        var texts = Data.Select((d, i) => AlmanacInput.FromText(d.Path, i == replaced ? text! : d.Text, AlmanacFileKind.Data)).ToList();
        texts.AddRange(Documents.Select(d => AlmanacInput.FromText(d.Path, d.Text, AlmanacFileKind.Document)));
        return texts;
    }

    private static Corpus LoadLibya()
    {
        string root = TempDirectory.RepositoryRoot();
        var data = Directory.GetFiles(Path.Combine(root, "dataset", "data"), "*.yaml").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => ($"{GeneratorHarness.Root}/data/{Path.GetFileName(f)}", File.ReadAllText(f))).ToList();
        var documents = Directory.GetFiles(Path.Combine(root, "seeds")).OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => ($"{GeneratorHarness.Root}/seeds/{Path.GetFileName(f)}", File.ReadAllText(f))).ToList();
        return new Corpus("libya", data, documents);
    }
}

/// <summary>
/// The generator's parse → link → encode → emit stages called directly, without a Roslyn driver or compilation: fast enough
/// to run thousands of inputs. The driver wires exactly these calls (see AlmanacGenerator).
/// </summary>
internal static class Pipeline
{
    private static readonly GeneratorOptions s_options = GeneratorOptions.Default("Test.Data");

    private static readonly ConditionalWeakTable<string, StrongBox<int>> s_lineCounts = new();

    /// <summary>Parses every data file once; a mutation run re-parses only the file it changes.</summary>
    public static ImmutableArray<ParsedFile> ParseAll(Corpus corpus) =>
        corpus.Data.Select(d => FileParser.Parse(d.Path, d.Text, CancellationToken.None)).ToImmutableArray();

    public static ImmutableArray<IndexedDocument> Documents(Corpus corpus) =>
        corpus.Documents.Select(d => QuoteIndex.Prepare(d.Path, d.Text, CancellationToken.None)).ToImmutableArray();

    /// <summary>What one run produced: every diagnostic and the emitted sources (none when the linker emitted no model).</summary>
    public sealed record Outcome(IReadOnlyList<DiagnosticInfo> Diagnostics, IReadOnlyList<(string HintName, string Source)> Sources);

    /// <summary>Parses <paramref name="text"/> as the data file <paramref name="index"/> of the corpus, links it with the others and emits.</summary>
    public static Outcome Run(ImmutableArray<ParsedFile> parsed, ImmutableArray<IndexedDocument> documents, int index, string path, string text,
        CancellationToken cancellationToken = default)
    {
        ParsedFile file = FileParser.Parse(path, text, cancellationToken);
        ImmutableArray<ParsedFile> files = index < 0 ? parsed.Add(file) : parsed.SetItem(index, file);
        LinkResult linked = Linker.Link(files, documents, s_options, cancellationToken);
        EncodeResult encoded = DataEncoder.Encode(linked.Dataset, s_options.Compression, cancellationToken);
        var diagnostics = new List<DiagnosticInfo>(file.Diagnostics);
        diagnostics.AddRange(linked.Diagnostics);
        diagnostics.AddRange(encoded.Diagnostics);
        foreach (ParsedFile other in files)
        {
            if (!ReferenceEquals(other, file))
            {
                diagnostics.AddRange(other.Diagnostics);
            }
        }
        EmitModel? model = EmitModelBuilder.Build(linked.Dataset, encoded.Data);
        var sources = model is null ? new List<(string, string)>() : Emitter.Emit(model).ToList();
        return new Outcome(diagnostics, sources);
    }

    /// <summary>
    /// Why a diagnostic is unacceptable, or null: it must not be an internal error (ALM016: an exception the generator
    /// caught), and it must point at a line of one of the files it was given, inside that file.
    /// </summary>
    public static string? Problem(DiagnosticInfo diagnostic, IReadOnlyDictionary<string, string> files)
    {
        string message() => diagnostic.ToDiagnostic().ToString();
        if (diagnostic.Descriptor.Id == "ALM016")
        {
            return "internal error: " + message();
        }
        if (diagnostic.Location is not { } location)
        {
            return "no location: " + message();
        }
        if (!files.TryGetValue(location.FilePath, out string? text))
        {
            return $"location in an unknown file '{location.FilePath}': " + message();
        }
        // Lines as the compiler counts them (\n, \r, \r\n, U+0085, U+2028, U+2029 end a line).
        int lines = s_lineCounts.GetValue(text, t => new StrongBox<int>(Microsoft.CodeAnalysis.Text.SourceText.From(t).Lines.Count)).Value;
        if (location.LineSpan.Start.Line < 0 || location.LineSpan.End.Line >= lines || location.LineSpan.End < location.LineSpan.Start)
        {
            return $"line span {location.LineSpan} outside the file's {lines} lines: " + message();
        }
        if (location.Span.Start < 0 || location.Span.End > text.Length)
        {
            return $"span {location.Span} outside the file's {text.Length} characters: " + message();
        }
        return null;
    }
}
