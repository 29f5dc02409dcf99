using System.Collections.Generic;

namespace Almanac;

/// <summary>
/// What a dataset adds to an entity of a dataset it extends (an entry of its YAML's <c>extends</c> section): the spellings
/// its own sources use, which its <c>Find</c> matches, and its notes. The entity itself stays the other dataset's object,
/// unchanged: the aliases do not work in that dataset's <c>Find</c>, and <see cref="Entity.Notes"/> are that dataset's.
/// </summary>
public sealed class Extension
{
    internal Extension(string kind, Entity entity, IReadOnlyList<string> aliases, string? notes)
    {
        Kind = kind;
        Entity = entity;
        Aliases = aliases;
        Notes = notes;
    }

    /// <summary>The word of the entity's kind, as the YAML key names it: <c>source</c>, <c>actor</c> or <c>place</c>.</summary>
    public string Kind { get; }

    /// <summary>The extended entity, the referenced dataset's own object.</summary>
    public Entity Entity { get; }

    /// <summary>The aliases this dataset adds, as written in its YAML.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>This dataset's notes on the entity. <see langword="null"/> when not given.</summary>
    public string? Notes { get; }

    /// <summary>Returns the entity's id and the added aliases.</summary>
    public override string ToString() => $"{Entity.Id} (+ {string.Join(", ", Aliases)})";
}
