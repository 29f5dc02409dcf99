using System;
using System.Collections.Generic;

namespace Almanac.Storage;

/// <summary>Reads the primitives of the compiled data format from a position in decoded data: a segment's string, or a
/// block decoded into a buffer that is not kept.</summary>
internal ref struct DataReader
{
    private readonly ReadOnlySpan<char> _data;

    public DataReader(ReadOnlySpan<char> data, int position)
    {
        _data = data;
        Position = position;
    }

    public int Position { get; private set; }

    public static int Int32At(string data, int position) => data[position] | (data[position + 1] << 16);

    public static int Int32At(ReadOnlySpan<char> data, int position) => data[position] | (data[position + 1] << 16);

    public int ReadInt32()
    {
        int value = Int32At(_data, Position);
        Position += 2;
        return value;
    }

    public int ReadUInt16() => _data[Position++];

    public double ReadDouble()
    {
        long bits = (long)(uint)ReadInt32() | ((long)ReadInt32() << 32);
        return BitConverter.Int64BitsToDouble(bits);
    }

    public string? ReadString()
    {
        int length = ReadInt32();
        if (length == DataFormat.None)
        {
            return null;
        }
        string value = _data.Slice(Position, length).ToString();
        Position += length;
        return value;
    }

    public string ReadRequiredString() => ReadString() ?? throw Corrupt();

    /// <summary>The header of the next field of a record (its number and wire type), or 0 at the record's end.</summary>
    public int ReadHeader() => _data[Position++];

    /// <summary>Starts a list whose items must be of wire type <paramref name="itemWire"/>; returns the count.</summary>
    public int ReadListCount(int itemWire)
    {
        if (ReadUInt16() != itemWire)
        {
            throw Corrupt();
        }
        int count = ReadInt32();
        return count >= 0 ? count : throw Corrupt();
    }

    /// <summary>Skips the value of a field this reader does not know (one written by a newer Almanac).</summary>
    public void Skip(int header) => SkipValue(header & ((1 << DataFormat.FieldShift) - 1));

    private void SkipValue(int wire)
    {
        switch (wire)
        {
            case DataFormat.WireSmall: Position += 1; break;
            case DataFormat.WireInt32: Position += 2; break;
            case DataFormat.WireDouble: Position += 4; break;
            case DataFormat.WireString: Position += ReadInt32(); break;
            case DataFormat.WireNested:
                for (int header = ReadHeader(); header != 0; header = ReadHeader())
                {
                    Skip(header);
                }
                break;
            case DataFormat.WireList:
                int item = ReadUInt16();
                for (int i = ReadInt32(); i > 0; i--)
                {
                    SkipValue(item);
                }
                break;
            default: throw Corrupt();
        }
        if (Position > _data.Length)
        {
            throw Corrupt();
        }
    }

    public static InvalidOperationException Corrupt() =>
        new("The compiled dataset is corrupt or was written by another version of Almanac; rebuild the dataset with the matching Almanac.Generator.");
}
