using System;
using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace Almanac.Storage;

/// <summary>
/// The string constants of a type, read in place from the metadata of its loaded assembly: the text of a constant is
/// the UTF-16 value stored in the assembly's blob heap, which the runtime has mapped into memory, so reading the data of
/// a dataset allocates no copy of its constants (at 100,000 events, megabytes of text that would be allocated on the
/// large object heap and kept).
/// </summary>
internal static class MetadataConstants
{
    /// <summary>
    /// The string constants declared by <paramref name="type"/>, by field name, or <see langword="null"/> when the runtime does
    /// not give the raw metadata of its assembly (as under Native AOT, which keeps no metadata blob); callers then read the
    /// constants through reflection. The blob heap holds UTF-16 little-endian text, read as it is on a little-endian
    /// processor only.
    /// </summary>
    public static unsafe Dictionary<string, ConstantText>? TryRead(Type type)
    {
        Assembly assembly = type.Assembly;
        if (!BitConverter.IsLittleEndian || assembly.IsDynamic || !assembly.TryGetRawMetadata(out byte* blob, out int length) || type.Module.Assembly != assembly)
        {
            return null;
        }
        var reader = new MetadataReader(blob, length);
        var handle = (TypeDefinitionHandle)MetadataTokens.EntityHandle(type.MetadataToken);
        var constants = new Dictionary<string, ConstantText>(StringComparer.Ordinal);
        foreach (FieldDefinitionHandle fieldHandle in reader.GetTypeDefinition(handle).GetFields())
        {
            FieldDefinition field = reader.GetFieldDefinition(fieldHandle);
            ConstantHandle constantHandle = field.GetDefaultValue();
            if ((field.Attributes & FieldAttributes.Literal) == 0 || constantHandle.IsNil)
            {
                continue;
            }
            Constant constant = reader.GetConstant(constantHandle);
            if (constant.TypeCode != ConstantTypeCode.String)
            {
                continue;
            }
            BlobReader value = reader.GetBlobReader(constant.Value);
            constants[reader.GetString(field.Name)] = new ConstantText(assembly, value.StartPointer, value.Length / 2);
        }
        return constants;
    }
}

/// <summary>
/// The UTF-16 text of a string constant in the metadata of a loaded assembly. The assembly is referenced so that a
/// collectible assembly (and with it the memory of its metadata) stays loaded while the text can be read.
/// </summary>
internal sealed unsafe class ConstantText
{
    private readonly Assembly _assembly;
    private readonly byte* _start;

    public ConstantText(Assembly assembly, byte* start, int length)
    {
        _assembly = assembly;
        _start = start;
        Length = length;
    }

    /// <summary>The number of UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>The text. The blob heap does not align values, so the code units may start at an odd address, which the
    /// processors .NET runs on read without fault.</summary>
    public ReadOnlySpan<char> Span
    {
        get
        {
            GC.KeepAlive(_assembly);
            return new ReadOnlySpan<char>(_start, Length);
        }
    }

    /// <summary>The text as a string (for the header, which is read as a string).</summary>
    public override string ToString() => Span.ToString();
}
