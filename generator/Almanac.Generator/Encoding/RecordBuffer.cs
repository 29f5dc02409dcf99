using Almanac.Storage;

namespace Almanac.Generator.DataEncoding;

/// <summary>
/// Appends the fields of records in the compiled format to a <see cref="CharBuffer"/>: each present field as a header (its
/// number and wire type, <see cref="DataFormat.FieldShift"/>) and its value; an absent optional value is not written at all.
/// <see cref="RecordWriter"/> (derived from the schema) says which fields a record has; this type says how values look.
/// </summary>
internal readonly struct RecordBuffer
{
    private readonly CharBuffer _out;

    public RecordBuffer(CharBuffer output) => _out = output;

    /// <summary>Writes a field header.</summary>
    public void Header(int header) => _out.Append((char)header);

    /// <summary>Ends a record (or a nested one).</summary>
    public void End() => _out.Append('\0');

    /// <summary>A vocabulary value, in one character.</summary>
    public void Small(int header, int value)
    {
        Header(header);
        _out.Append((char)value);
    }

    /// <summary>An optional vocabulary value.</summary>
    public void Small(int header, int? value)
    {
        if (value is int v)
        {
            Small(header, v);
        }
    }

    /// <summary>A 32-bit number (a date as its day number, a count).</summary>
    public void Int32(int header, int value)
    {
        Header(header);
        Int32(value);
    }

    /// <summary>An optional 32-bit number.</summary>
    public void Int32(int header, int? value)
    {
        if (value is int v)
        {
            Int32(header, v);
        }
    }

    /// <summary>A reference to an entity by index; none (<see cref="DataFormat.None"/>) is not written.</summary>
    public void Reference(int header, int index)
    {
        if (index != DataFormat.None)
        {
            Int32(header, index);
        }
    }

    /// <summary>A double, as its 64 bits.</summary>
    public void Double(int header, double value)
    {
        Header(header);
        long bits = BitConverter.DoubleToInt64Bits(value);
        Int32((int)bits);
        Int32((int)(bits >> 32));
    }

    /// <summary>A string: its length, then its characters; null is not written.</summary>
    public void String(int header, string? value)
    {
        if (value is null)
        {
            return;
        }
        Header(header);
        Text(value);
    }

    /// <summary>A list of strings; an empty list is not written.</summary>
    public void Strings(int header, EquatableArray<string> values)
    {
        if (List(header, DataFormat.WireString, values.Count))
        {
            foreach (string value in values)
            {
                Text(value);
            }
        }
    }

    /// <summary>Starts a list of <paramref name="count"/> items of wire type <paramref name="itemWire"/>; returns false, writing
    /// nothing, for an empty list.</summary>
    public bool List(int header, int itemWire, int count)
    {
        if (count == 0)
        {
            return false;
        }
        Header(header);
        _out.Append((char)itemWire);
        Int32(count);
        return true;
    }

    private void Int32(int value) => _out.Append((char)(value & 0xFFFF)).Append((char)((value >> 16) & 0xFFFF));

    /// <summary>A string without a header: its length, then its characters (an entry of a block of ids).</summary>
    public void Text(string value)
    {
        Int32(value.Length);
        _out.Append(value);
    }
}
