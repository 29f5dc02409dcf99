using System.Collections.Generic;

namespace Almanac;

/// <summary>
/// A span of a text that names a known actor or place: one result of <see cref="Dataset.Link(string)"/>. The span's key
/// (<see cref="Text.AliasKey"/>) is the key of an id, name, alias or scoped alias of the entity, and the span starts and
/// ends on word boundaries of the text.
/// </summary>
public sealed class Mention
{
    internal Mention(int start, int length, string text, string key, Entity? entity, IReadOnlyList<AliasCandidate<Entity>> candidates)
    {
        Start = start;
        Length = length;
        Text = text;
        Key = key;
        Entity = entity;
        Candidates = candidates;
    }

    /// <summary>The offset of the span's first character in the text.</summary>
    public int Start { get; }

    /// <summary>The number of characters of the span (a mark that follows its last letter included).</summary>
    public int Length { get; }

    /// <summary>The offset just after the span: <see cref="Start"/> + <see cref="Length"/>.</summary>
    public int End => Start + Length;

    /// <summary>The span as written in the text, e.g. <c>Khalifa Hifter</c>.</summary>
    public string Text { get; }

    /// <summary>The matching key the span has and an alias of the entity has, e.g. <c>khalifahifter</c>.</summary>
    public string Key { get; }

    /// <summary>The actor or place the span names; <see langword="null"/> when the mention is ambiguous.</summary>
    public Entity? Entity { get; }

    /// <summary>
    /// Every entity whose id, name or alias has the key (with no source) or one of whose scoped aliases has it (with the
    /// source it holds in), in dataset order, actors before places: the entity alone for most mentions, the entities it
    /// could be for an ambiguous one.
    /// </summary>
    public IReadOnlyList<AliasCandidate<Entity>> Candidates { get; }

    /// <summary>
    /// Whether the spelling does not settle the entity, so <see cref="Entity"/> is <see langword="null"/> and
    /// <see cref="Candidates"/> lists the choices: an actor and a place share it, or it is a scoped alias that holds in
    /// another source (or, without a source, in any), as <see cref="EntityCollection{T}.Resolve(string)"/> reports it.
    /// </summary>
    public bool IsAmbiguous => Entity is null;

    /// <summary>Describes the mention, e.g. <c>[12, 26) "Khalifa Hifter" → khalifa-haftar</c>.</summary>
    public override string ToString() =>
        $"[{Start}, {End}) \"{Text}\" → {(Entity is null ? "ambiguous: " + string.Join(", ", Candidates) : Entity.Id)}";
}
