using System;
using System.Collections.Generic;
using System.Reflection;
using System.Text;

namespace Almanac.Storage;

/// <summary>
/// The string constants of a type, read in place from the metadata of its loaded assembly: the text of a constant is
/// the UTF-16 value stored in the assembly's blob heap, which the runtime has mapped into memory, so reading the data of
/// a dataset allocates no copy of its constants (at 100,000 events, megabytes of text that would be allocated on the
/// large object heap and kept).
/// </summary>
/// <remarks>
/// The metadata is read with the few rules of ECMA-335 (partition II, §24) that reach a type's constants: the stream
/// headers, the row counts and row sizes of the tables up to <c>Constant</c>, the type's range of fields, and the
/// <c>#Strings</c> and <c>#Blob</c> heaps. It is not System.Reflection.Metadata's reader, whose start-up (loading it and
/// compiling its generic code) cost a fresh process more than the rest of opening a dataset. Metadata these rules do not
/// cover (the uncompressed <c>#-</c> tables of edit-and-continue, indirection tables) gives <see langword="null"/>, and the
/// caller reads the constants through reflection.
/// </remarks>
internal static class MetadataConstants
{
    // Tables (ECMA-335 II.22), by number.
    private const int Module = 0x00, TypeRef = 0x01, TypeDef = 0x02, FieldPtr = 0x03, Field = 0x04, MethodPtr = 0x05, MethodDef = 0x06,
        ParamPtr = 0x07, Param = 0x08, InterfaceImpl = 0x09, MemberRef = 0x0A, Constant = 0x0B, Property = 0x17, ModuleRef = 0x1A,
        TypeSpec = 0x1B, AssemblyRef = 0x23;

    private const ushort FieldLiteral = 0x0040;
    private const byte ElementTypeString = 0x0E;

    /// <summary>
    /// The string constants declared by <paramref name="type"/>, by field name, or <see langword="null"/> when the runtime does
    /// not give the raw metadata of its assembly (as under Native AOT, which keeps no metadata blob) or the metadata is not
    /// in the compressed form a compiler writes; callers then read the constants through reflection. The blob heap holds
    /// UTF-16 little-endian text, read as it is on a little-endian processor only.
    /// </summary>
    public static unsafe Dictionary<string, ConstantText>? TryRead(Type type)
    {
        Assembly assembly = type.Assembly;
        if (!BitConverter.IsLittleEndian || assembly.IsDynamic || !System.Reflection.Metadata.AssemblyExtensions.TryGetRawMetadata(assembly, out byte* blob, out int length) || type.Module.Assembly != assembly)
        {
            return null;
        }
        try
        {
            return Read(assembly, new Metadata(blob, length), type.MetadataToken);
        }
        catch (BadImageFormatException)
        {
            return null;
        }
    }

    private static unsafe Dictionary<string, ConstantText>? Read(Assembly assembly, Metadata m, int typeToken)
    {
        // The metadata root (II.24.2.1): signature, versions, the version string, flags, then the stream headers.
        if (m.UInt32(0) != 0x424A5342 || typeToken >> 24 != TypeDef)
        {
            return null;
        }
        int position = 16 + m.Int32(12);
        int streams = m.UInt16(position + 2);
        position += 4;
        int tables = -1, strings = -1, blobs = -1;
        for (int s = 0; s < streams; s++)
        {
            int offset = m.Int32(position);
            int name = position + 8, end = name;
            while (m.Byte(end) != 0)
            {
                end++;
            }
            ReadOnlySpan<byte> streamName = m.Span(name, end - name);
            if (streamName.SequenceEqual("#~"u8))
            {
                tables = offset;
            }
            else if (streamName.SequenceEqual("#Strings"u8))
            {
                strings = offset;
            }
            else if (streamName.SequenceEqual("#Blob"u8))
            {
                blobs = offset;
            }
            else if (streamName.SequenceEqual("#-"u8))
            {
                return null;
            }
            position = name + ((end - name + 4) & ~3);
        }
        if (tables < 0 || strings < 0 || blobs < 0)
        {
            return null;
        }

        // The tables stream (II.24.2.6): heap index sizes, the tables present, their row counts, then the rows.
        byte heapSizes = m.Byte(tables + 6);
        ulong valid = m.UInt64(tables + 8);
        var rows = new int[64];
        position = tables + 24;
        for (int t = 0; t < 64; t++)
        {
            if ((valid >> t & 1) != 0)
            {
                rows[t] = m.Int32(position);
                position += 4;
            }
        }
        if ((heapSizes & 0x40) != 0)
        {
            position += 4;
        }
        if (rows[FieldPtr] != 0 || rows[MethodPtr] != 0 || rows[ParamPtr] != 0)
        {
            return null;
        }
        int str = (heapSizes & 0x01) != 0 ? 4 : 2, guid = (heapSizes & 0x02) != 0 ? 4 : 2, blob = (heapSizes & 0x04) != 0 ? 4 : 2;
        int Index(int table) => rows[table] < 0x10000 ? 2 : 4;
        int Coded(int tagBits, int a, int b, int c, int d = Module, int e = Module) =>
            Math.Max(Math.Max(Math.Max(rows[a], rows[b]), Math.Max(rows[c], rows[d])), rows[e]) < 1 << (16 - tagBits) ? 2 : 4;

        int typeDefOrRef = Coded(2, TypeDef, TypeRef, TypeSpec);
        int hasConstant = Coded(2, Field, Param, Property);
        // Row sizes (II.22) of the tables up to Constant, in table order.
        var rowSize = new int[Constant + 1];
        rowSize[Module] = 2 + str + 3 * guid;
        rowSize[TypeRef] = Coded(2, Module, ModuleRef, AssemblyRef, TypeRef) + 2 * str;
        rowSize[TypeDef] = 4 + 2 * str + typeDefOrRef + Index(Field) + Index(MethodDef);
        rowSize[Field] = 2 + str + blob;
        rowSize[MethodDef] = 8 + str + blob + Index(Param);
        rowSize[Param] = 4 + str;
        rowSize[InterfaceImpl] = Index(TypeDef) + typeDefOrRef;
        rowSize[MemberRef] = Coded(3, TypeDef, TypeRef, ModuleRef, MethodDef, TypeSpec) + str + blob;
        rowSize[Constant] = 2 + hasConstant + blob;
        var start = new int[Constant + 1];
        for (int t = 0; t <= Constant; t++)
        {
            start[t] = position;
            position += rows[t] * rowSize[t];
        }

        // The type's fields: from its FieldList to the next type's (or the end of the Field table).
        int row = typeToken & 0xFFFFFF;
        if (row < 1 || row > rows[TypeDef])
        {
            return null;
        }
        int fieldListColumn = 4 + 2 * str + typeDefOrRef;
        int firstField = m.Index(start[TypeDef] + (row - 1) * rowSize[TypeDef] + fieldListColumn, Index(Field));
        int endField = row < rows[TypeDef] ? m.Index(start[TypeDef] + row * rowSize[TypeDef] + fieldListColumn, Index(Field)) : rows[Field] + 1;

        // The Constant table is sorted by parent: one pass finds the string constants of those fields.
        var constants = new Dictionary<string, ConstantText>(StringComparer.Ordinal);
        for (int c = 0; c < rows[Constant]; c++)
        {
            int at = start[Constant] + c * rowSize[Constant];
            int parent = m.Index(at + 2, hasConstant);
            int field = parent >> 2;
            if ((parent & 3) != 0 || field < firstField || field >= endField || m.Byte(at) != ElementTypeString)
            {
                continue;
            }
            int fieldRow = start[Field] + (field - 1) * rowSize[Field];
            if ((m.UInt16(fieldRow) & FieldLiteral) == 0)
            {
                continue;
            }
            string name = m.String(strings + m.Index(fieldRow + 2, str));
            int value = blobs + m.Index(at + 2 + hasConstant, blob);
            int bytes = m.BlobLength(ref value);
            constants[name] = new ConstantText(assembly, m.Pointer(value, bytes), bytes / 2);
        }
        return constants;
    }

    /// <summary>Bounds-checked little-endian reads of the metadata blob; a read outside it is a <see cref="BadImageFormatException"/>.</summary>
    private readonly unsafe struct Metadata
    {
        private readonly byte* _start;
        private readonly int _length;

        public Metadata(byte* start, int length)
        {
            _start = start;
            _length = length;
        }

        public byte* Pointer(int offset, int count) =>
            offset >= 0 && count >= 0 && offset <= _length - count ? _start + offset : throw new BadImageFormatException("The assembly's metadata is malformed.");

        public ReadOnlySpan<byte> Span(int offset, int count) => new(Pointer(offset, count), count);

        public byte Byte(int offset) => *Pointer(offset, 1);

        public ushort UInt16(int offset) => System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(Span(offset, 2));

        public uint UInt32(int offset) => System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(Span(offset, 4));

        public int Int32(int offset) => System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(Span(offset, 4));

        public ulong UInt64(int offset) => System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(Span(offset, 8));

        /// <summary>A heap or table index of <paramref name="size"/> (2 or 4) bytes.</summary>
        public int Index(int offset, int size) => size == 2 ? UInt16(offset) : Int32(offset);

        /// <summary>The UTF-8 string at <paramref name="offset"/>, up to its terminating zero.</summary>
        public string String(int offset)
        {
            int end = offset;
            while (Byte(end) != 0)
            {
                end++;
            }
            return Encoding.UTF8.GetString(Span(offset, end - offset));
        }

        /// <summary>Reads the compressed length of the blob at <paramref name="offset"/> (II.24.2.4) and moves past it.</summary>
        public int BlobLength(ref int offset)
        {
            byte first = Byte(offset);
            if ((first & 0x80) == 0)
            {
                offset += 1;
                return first;
            }
            if ((first & 0xC0) == 0x80)
            {
                int length = (first & 0x3F) << 8 | Byte(offset + 1);
                offset += 2;
                return length;
            }
            if ((first & 0xE0) == 0xC0)
            {
                int length = (first & 0x1F) << 24 | Byte(offset + 1) << 16 | Byte(offset + 2) << 8 | Byte(offset + 3);
                offset += 4;
                return length;
            }
            throw new BadImageFormatException("The assembly's metadata is malformed.");
        }
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
