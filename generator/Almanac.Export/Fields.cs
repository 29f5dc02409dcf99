using System;
using System.Collections.Generic;

namespace Almanac.Export;

/// <summary>The kind of value of a field, as a sink receives it.</summary>
internal enum FieldKind
{
    /// <summary>Text (<see cref="string"/>): ids, free text, quotes, paths, URLs, tags.</summary>
    Text,
    /// <summary>A calendar date (<see cref="DateOnly"/>).</summary>
    Date,
    /// <summary>A whole number (<see cref="int"/>).</summary>
    Count,
    /// <summary>Decimal degrees (<see cref="double"/>).</summary>
    Coordinate,
    /// <summary>A vocabulary word (<see cref="string"/>, the YAML word).</summary>
    Word,
    /// <summary>A reference to an entity (<see cref="string"/>, its id).</summary>
    Reference,
    /// <summary>A nested mapping (<see cref="FieldRecord"/>).</summary>
    Struct,
}

/// <summary>A field of a <see cref="SchemaMapping"/>, derived from the schema definition.</summary>
internal sealed class SchemaField
{
    public SchemaField(string key, string type, FieldKind kind, bool list, bool required, bool computed, bool hidden, string? column, SchemaMapping? nested, IReadOnlyList<string>? keys, string doc)
    {
        Doc = doc;
        Key = key;
        Type = type;
        Kind = kind;
        IsList = list;
        IsRequired = required;
        IsComputed = computed;
        IsHidden = hidden;
        Column = column;
        Nested = nested;
        Keys = keys;
    }

    /// <summary>The YAML key.</summary>
    public string Key { get; }

    /// <summary>The schema's type of the value (<c>text</c>, <c>quote</c>, <c>tag</c>, <c>date</c>, …).</summary>
    public string Type { get; }

    /// <summary>The kind of value a sink receives.</summary>
    public FieldKind Kind { get; }

    /// <summary>Whether the value is a list.</summary>
    public bool IsList { get; }

    /// <summary>Whether the value is always present.</summary>
    public bool IsRequired { get; }

    /// <summary>Whether the build computes the value (a quote's paragraph) rather than the curator writing it.</summary>
    public bool IsComputed { get; }

    /// <summary>Whether the runtime presents the value through a property that may add to it (an event's effective geo-precision).</summary>
    public bool IsHidden { get; }

    /// <summary>The export column; for a struct field the prefix of its struct's columns (empty: none). <see langword="null"/>: no column.</summary>
    public string? Column { get; }

    /// <summary>For a struct field: the nested mapping.</summary>
    public SchemaMapping? Nested { get; }

    /// <summary>For a struct field: the keys of the nested mapping allowed here (all when <see langword="null"/>).</summary>
    public IReadOnlyList<string>? Keys { get; }

    /// <summary>The schema's line of documentation, as plain text.</summary>
    public string Doc { get; }

    public override string ToString() => Key;
}

/// <summary>A mapping of the schema (an entity kind or a nested struct), derived from the schema definition.</summary>
internal sealed class SchemaMapping
{
    public SchemaMapping(string key, string name, string noun, string? table, IReadOnlyList<SchemaField> fields)
    {
        Key = key;
        Name = name;
        Noun = noun;
        Table = table;
        Fields = fields;
    }

    /// <summary>The YAML key of the section, or the struct's key in the schema.</summary>
    public string Key { get; }

    /// <summary>The C# type name (<c>Event</c>, <c>Participant</c>).</summary>
    public string Name { get; }

    /// <summary>How one instance is named, with its article (<c>a participant</c>, <c>an event</c>).</summary>
    public string Noun { get; }

    /// <summary>The export table with one row per item of a list of this struct, if any.</summary>
    public string? Table { get; }

    /// <summary>The fields, in schema order.</summary>
    public IReadOnlyList<SchemaField> Fields { get; }

    public override string ToString() => Key;
}

/// <summary>Receives the fields of an instance from <see cref="FieldVisitor"/>, once per field, in schema order.</summary>
internal interface IFieldSink
{
    /// <summary>A field holding one value: <see cref="string"/> (text, word, reference id), <see cref="DateOnly"/>, <see cref="int"/> or <see cref="double"/> according to <see cref="SchemaField.Kind"/>; <see langword="null"/> when absent.</summary>
    void Value(SchemaField field, object? value);

    /// <summary>A list of text values (empty when absent).</summary>
    void Values(SchemaField field, IReadOnlyList<string> values);

    /// <summary>A nested mapping; <see langword="null"/> when absent.</summary>
    void Struct(SchemaField field, FieldRecord? value);

    /// <summary>A list of nested mappings (empty when absent).</summary>
    void Structs(SchemaField field, IReadOnlyList<FieldRecord> items);
}

/// <summary>A runtime instance of a mapping, with the walker that hands its fields to a sink.</summary>
internal sealed class FieldRecord
{
    private readonly Action<object, IFieldSink> _walk;

    public FieldRecord(SchemaMapping mapping, object instance, Action<object, IFieldSink> walk)
    {
        Mapping = mapping;
        Instance = instance;
        _walk = walk;
    }

    /// <summary>The mapping the instance is of.</summary>
    public SchemaMapping Mapping { get; }

    /// <summary>The runtime instance (<see cref="Participant"/>, <see cref="Citation"/>, …).</summary>
    public object Instance { get; }

    /// <summary>Hands every field of the instance to <paramref name="sink"/>, in schema order.</summary>
    public void Accept(IFieldSink sink) => _walk(Instance, sink);

    /// <summary>The records of a list of instances, in order.</summary>
    public static IReadOnlyList<FieldRecord> List<T>(SchemaMapping mapping, IReadOnlyList<T> items, Action<object, IFieldSink> walk) where T : notnull
    {
        if (items.Count == 0)
        {
            return Array.Empty<FieldRecord>();
        }
        var records = new FieldRecord[items.Count];
        for (int i = 0; i < records.Length; i++)
        {
            records[i] = new FieldRecord(mapping, items[i], walk);
        }
        return records;
    }
}
