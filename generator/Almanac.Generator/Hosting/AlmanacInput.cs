using System.IO;
using System.Text;
using System.Threading;
using Almanac.Generator.Project;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Almanac.Generator.Hosting;

/// <summary>What a file handed to the generator is: its <c>AlmanacKind</c> metadata.</summary>
public enum AlmanacFileKind
{
    /// <summary>A YAML file of the dataset (<c>AlmanacKind="data"</c>).</summary>
    Data,

    /// <summary>A source document that quotes are checked against (<c>AlmanacKind="document"</c>).</summary>
    Document,
}

/// <summary>One <c>AdditionalFiles</c> item of a dataset project, with its <see cref="AlmanacFileKind"/>, as the compiler hands it to the generator.</summary>
public sealed class AlmanacInput : AdditionalText
{
    private static readonly Encoding s_strictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly SourceText? _text;

    private AlmanacInput(string path, AlmanacFileKind kind, SourceText? text)
    {
        Path = path;
        Kind = kind;
        _text = text;
    }

    /// <summary>A file whose text is <paramref name="text"/>; <paramref name="encoding"/> is the one the compiler decoded it with (none for text that was never bytes).</summary>
    public static AlmanacInput FromText(string path, string text, AlmanacFileKind kind, Encoding? encoding = null) =>
        new(path, kind, SourceText.From(text, encoding));

    /// <summary>
    /// A file of <paramref name="bytes"/>, decoded as the compiler decodes an additional file without a <c>CodePage</c>
    /// setting: by its byte-order mark, else as strict UTF-8, else with the fallback encoding (<c>Encoding.GetEncoding(0)</c>:
    /// the system's ANSI code page where the process registered <c>CodePagesEncodingProvider</c> and there is one, as on
    /// Windows; UTF-8 with U+FFFD for bad bytes elsewhere). What the compiler rejects as binary there has no text.
    /// </summary>
    public static AlmanacInput FromBytes(string path, byte[] bytes, AlmanacFileKind kind) => new(path, kind, Decode(bytes));

    /// <summary>The kind named by <c>AlmanacKind</c> metadata (<c>data</c> or <c>document</c>, in any case, as the generator reads it).</summary>
    public static bool TryParseKind(string? metadata, out AlmanacFileKind kind)
    {
        if (string.Equals(metadata, OptionKeys.DocumentKind, StringComparison.OrdinalIgnoreCase))
        {
            kind = AlmanacFileKind.Document;
            return true;
        }
        kind = AlmanacFileKind.Data;
        return string.Equals(metadata, OptionKeys.DataKind, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The path, as the compiler reports it in diagnostics.</summary>
    public override string Path { get; }

    /// <summary>What the file is.</summary>
    public AlmanacFileKind Kind { get; }

    /// <summary>The file's <c>AlmanacKind</c> metadata.</summary>
    public string KindMetadata => Metadata(Kind);

    /// <summary>The <c>AlmanacKind</c> metadata of <paramref name="kind"/>.</summary>
    public static string Metadata(AlmanacFileKind kind) => kind == AlmanacFileKind.Document ? OptionKeys.DocumentKind : OptionKeys.DataKind;

    /// <inheritdoc/>
    public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;

    private static SourceText? Decode(byte[] bytes)
    {
        try
        {
            return SourceText.From(bytes, bytes.Length, s_strictUtf8, SourceHashAlgorithm.Sha1, throwIfBinaryDetected: false, canBeEmbedded: false);
        }
        catch (DecoderFallbackException)
        {
            try
            {
                return SourceText.From(bytes, bytes.Length, Encoding.GetEncoding(0), SourceHashAlgorithm.Sha1, throwIfBinaryDetected: true, canBeEmbedded: false);
            }
            catch (InvalidDataException)
            {
                return null;
            }
        }
    }
}
