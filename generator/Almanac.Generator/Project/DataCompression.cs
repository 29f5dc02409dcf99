namespace Almanac.Generator.Project;

/// <summary>Whether the compiled data is compressed (MSBuild property <c>AlmanacCompression</c>).</summary>
internal enum DataCompression
{
    /// <summary>Compress when the data is larger than <see cref="DataEncoding.DataEncoder.AutoCompressionThreshold"/> characters; small datasets stay readable in the generated code.</summary>
    Auto,
    /// <summary>Always compress.</summary>
    Always,
    /// <summary>Never compress.</summary>
    Never,
}
