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
    /// <summary>A reference to an entity (<see cref="Entity"/>, handed to <see cref="IFieldSink.Reference"/>).</summary>
    Reference,
    /// <summary>A nested mapping (<see cref="FieldRecord"/>).</summary>
    Struct,
}

/// <summary>A field of a <see cref="SchemaMapping"/>, derived from the schema definition.</summary>
/// <param name="Key">The YAML key.</param>
/// <param name="Type">The schema's type of the value (<c>text</c>, <c>quote</c>, <c>tag</c>, <c>date</c>, …).</param>
/// <param name="Kind">The kind of value a sink receives.</param>
/// <param name="IsList">Whether the value is a list.</param>
/// <param name="IsRequired">Whether the value is always present.</param>
/// <param name="IsComputed">Whether the build computes the value (a quote's paragraph) rather than the curator writing it.</param>
/// <param name="IsHidden">Whether the runtime presents the value through a property that may add to it (an event's effective geo-precision).</param>
/// <param name="Column">The export column; for a struct field the prefix of its struct's columns (empty: none). <see langword="null"/>: no column.</param>
/// <param name="Ref">For a reference: the entity kind it names (<c>actor</c>, <c>place</c>, <c>source</c>); otherwise <see langword="null"/>.</param>
/// <param name="Nested">For a struct field: the nested mapping.</param>
/// <param name="Keys">For a struct field: the keys of the nested mapping allowed here (all when <see langword="null"/>).</param>
/// <param name="Default">For an optional word with a default: the word the field has when absent (the walker hands such a field's default as absent, as the YAML leaves it out); otherwise <see langword="null"/>.</param>
/// <param name="Doc">The schema's line of documentation, as plain text.</param>
/// <remarks>Fields and mappings are made once, by the derived <see cref="FieldVisitor"/>; they compare by reference.</remarks>
internal sealed record SchemaField(string Key, string Type, FieldKind Kind, bool IsList, bool IsRequired, bool IsComputed, bool IsHidden,
    string? Column, string? Ref, SchemaMapping? Nested, IReadOnlyList<string>? Keys, string? Default, string Doc)
{
    public bool Equals(SchemaField? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    public override string ToString() => Key;
}

/// <summary>A mapping of the schema (an entity kind or a nested struct), derived from the schema definition.</summary>
/// <param name="Key">The YAML key of the section, or the struct's key in the schema.</param>
/// <param name="Name">The C# type name (<c>Event</c>, <c>Participant</c>).</param>
/// <param name="Noun">How one instance is named, with its article (<c>a participant</c>, <c>an event</c>).</param>
/// <param name="Table">The export table with one row per item of a list of this struct, if any.</param>
/// <param name="Fields">The fields, in schema order.</param>
internal sealed record SchemaMapping(string Key, string Name, string Noun, string? Table, IReadOnlyList<SchemaField> Fields)
{
    public bool Equals(SchemaMapping? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    public override string ToString() => Key;
}

/// <summary>Receives the fields of an instance from <see cref="FieldVisitor"/>, once per field, in schema order.</summary>
internal interface IFieldSink
{
    /// <summary>A field holding one value: <see cref="string"/> (text, word), <see cref="DateOnly"/>, <see cref="int"/> or <see cref="double"/> according to <see cref="SchemaField.Kind"/>; <see langword="null"/> when absent.</summary>
    void Value(SchemaField field, object? value);

    /// <summary>
    /// A reference to an entity (<see cref="FieldKind.Reference"/>), which may belong to a dataset that the walked one extends;
    /// <see langword="null"/> when absent. A sink that does not override it receives the entity's id through <see cref="Value"/>.
    /// </summary>
    void Reference(SchemaField field, Entity? target) => Value(field, target?.Id);

    /// <summary>A list of text values (empty when absent).</summary>
    void Values(SchemaField field, IReadOnlyList<string> values);

    /// <summary>A nested mapping; <see langword="null"/> when absent.</summary>
    void Struct(SchemaField field, FieldRecord? value);

    /// <summary>A list of nested mappings (empty when absent).</summary>
    void Structs(SchemaField field, IReadOnlyList<FieldRecord> items);
}

/// <summary>A runtime instance of a mapping, with the walker that hands its fields to a sink.</summary>
/// <param name="Mapping">The mapping the instance is of.</param>
/// <param name="Instance">The runtime instance (<see cref="Participant"/>, <see cref="Citation"/>, …).</param>
/// <param name="Walk">Hands the instance's fields to a sink.</param>
internal sealed record FieldRecord(SchemaMapping Mapping, object Instance, Action<object, IFieldSink> Walk)
{
    /// <summary>Hands every field of the instance to <paramref name="sink"/>, in schema order.</summary>
    public void Accept(IFieldSink sink) => Walk(Instance, sink);

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
