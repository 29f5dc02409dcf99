using System;
using System.Collections.Generic;

namespace Almanac.Storage;

/// <summary>Reads the primitives of the compiled data format from a position in the data string.</summary>
internal struct DataReader
{
    private readonly string _data;

    public DataReader(string data, int position)
    {
        _data = data;
        Position = position;
    }

    public int Position { get; private set; }

    public static int Int32At(string data, int position) => data[position] | (data[position + 1] << 16);

    public int ReadInt32()
    {
        int value = Int32At(_data, Position);
        Position += 2;
        return value;
    }

    public int ReadUInt16() => _data[Position++];

    public int? ReadOptionalInt32()
    {
        int value = ReadInt32();
        return value == DataFormat.None ? null : value;
    }

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
        string value = _data.Substring(Position, length);
        Position += length;
        return value;
    }

    public string ReadRequiredString() => ReadString() ?? throw Corrupt();

    public IReadOnlyList<string> ReadStringList()
    {
        int count = ReadInt32();
        if (count == 0)
        {
            return Array.Empty<string>();
        }
        var items = new string[count];
        for (int i = 0; i < count; i++)
        {
            items[i] = ReadRequiredString();
        }
        return items;
    }

    public DateOnly? ReadDate()
    {
        int day = ReadInt32();
        return day == DataFormat.None ? null : DateOnly.FromDayNumber(day);
    }

    public static InvalidOperationException Corrupt() =>
        new("The compiled dataset is corrupt or was written by another version of Almanac; rebuild the dataset with the matching Almanac.Generator.");
}
