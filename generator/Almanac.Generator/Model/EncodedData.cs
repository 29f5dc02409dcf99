namespace Almanac.Generator.Model;

/// <summary>A piece of the compiled data, with a label saying what it holds (emitted as a comment), and the number of the
/// string constant that carries it (0: the header).</summary>
internal sealed record DataPart(string Label, string Text, int Constant);

/// <summary>The compiled data of a dataset, and the hash of the YAML it was compiled from.</summary>
internal sealed record EncodedData(EquatableArray<DataPart> Parts, string ContentHash);

/// <summary>The outcome of encoding: the data (null when it cannot be generated) and the diagnostics.</summary>
internal sealed record EncodeResult(EncodedData? Data, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static readonly EncodeResult Empty = new(null, EquatableArray<DiagnosticInfo>.Empty);
}
