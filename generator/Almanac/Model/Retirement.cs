using System;
using System.Collections.Generic;

namespace Almanac;

/// <summary>How an id stopped being an entity of the dataset.</summary>
public enum RetirementKind
{
    /// <summary>The entity was renamed: it lives on under another id (<c>replaced-by</c>).</summary>
    Renamed = 0,

    /// <summary>The entity was merged into another one: two entities became one (<c>merged-into</c>).</summary>
    Merged = 1,

    /// <summary>The entity was removed without a successor; its id stays reachable as a tombstone.</summary>
    Removed = 2,
}

/// <summary>
/// A retired id: an id that an earlier release of the dataset used and this one does not, with what became of it. Code
/// written against the earlier release keeps compiling and finding its entities: lookups of the id reach the
/// <see cref="Successor"/>, and a removed id is a tombstone whose <see cref="Entity.Retirement"/> is this.
/// </summary>
public sealed class Retirement
{
    internal Retirement(string kind, string id, RetirementKind how, string target, Entity? successor, string since, string reason, string name)
    {
        Kind = kind;
        Id = id;
        How = how;
        SuccessorId = target.Length == 0 ? null : target;
        Successor = successor;
        Since = since;
        Reason = reason;
        Name = name;
    }

    /// <summary>The retired id.</summary>
    public string Id { get; }

    /// <summary>The kind of entity the id belonged to: <c>actor</c>, <c>event</c>, <c>place</c> or <c>source</c> (the key of the retirement in the YAML).</summary>
    public string Kind { get; }

    /// <summary>Whether the id was renamed, merged or removed.</summary>
    public RetirementKind How { get; }

    /// <summary>
    /// The live entity the id now stands for, at the end of the chain of renames and merges (an id renamed to one that was
    /// itself merged later reaches the entity it was merged into); <see langword="null"/> when the id was removed, or its
    /// chain ends in a removed id.
    /// </summary>
    public Entity? Successor { get; }

    /// <summary>The dataset version that retired the id, e.g. <c>0.2.0</c>.</summary>
    public string Since { get; }

    /// <summary>Why the id was retired, in the curator's words.</summary>
    public string Reason { get; }

    /// <summary>The name of the entity the id stood for, as its tombstone shows it (the id when the curator gave none).</summary>
    public string Name { get; }

    /// <summary>
    /// The id the retirement names as successor (<c>replaced-by</c> or <c>merged-into</c> in the YAML): the live
    /// <see cref="Successor"/>'s id, or an id retired in turn, whose retirement continues the chain;
    /// <see langword="null"/> for a removed id.
    /// </summary>
    public string? SuccessorId { get; }

    /// <summary>Describes the retirement, e.g. <c>actor 'gna-forces': renamed to 'gna' in 0.2.0</c>.</summary>
    public override string ToString() => How switch
    {
        RetirementKind.Renamed => $"{Kind} '{Id}': renamed to '{SuccessorId}' in {Since}",
        RetirementKind.Merged => $"{Kind} '{Id}': merged into '{SuccessorId}' in {Since}",
        _ => $"{Kind} '{Id}': removed in {Since}",
    };
}

/// <summary>How <see cref="EntityCollection{T}.Resolve(string)"/> reached its entity.</summary>
public enum ResolvedBy
{
    /// <summary>Nothing matched: no id, alias or retired id.</summary>
    None = 0,

    /// <summary>The text is the entity's id.</summary>
    Id = 1,

    /// <summary>The text is a name or alias of the entity (matched as <see cref="EntityCollection{T}.Find(string)"/> matches).</summary>
    Alias = 2,

    /// <summary>The text is a retired id: the chain of <see cref="Resolution{T}.Redirects"/> was followed.</summary>
    Redirect = 3,

    /// <summary>The text names an entity only within a source, or names several: nothing is guessed, and
    /// <see cref="Resolution{T}.Candidates"/> lists them.</summary>
    Ambiguous = 4,
}

/// <summary>An entity a spelling may name, and the source within which the name holds.</summary>
/// <typeparam name="T">The entity type.</typeparam>
/// <param name="Entity">The entity.</param>
/// <param name="Source">The source within which the name holds (a scoped alias), or <see langword="null"/> for an id,
/// name or alias that holds everywhere.</param>
public sealed record AliasCandidate<T>(T Entity, Source? Source) where T : Entity
{
    /// <summary>Describes the candidate, e.g. <c>GNA forces (gna-forces) in aljazeera-2020-05-21</c>.</summary>
    public override string ToString() => Source is null ? Entity.ToString() : $"{Entity} in {Source.Id}";
}

/// <summary>The outcome of <see cref="EntityCollection{T}.Resolve(string)"/>: the entity, and how it was reached.</summary>
/// <typeparam name="T">The entity type.</typeparam>
public sealed class Resolution<T> where T : Entity
{
    internal Resolution(T? entity, ResolvedBy by, Retirement[] redirects, AliasCandidate<T>[]? candidates = null)
    {
        Entity = entity;
        By = by;
        Redirects = redirects;
        Candidates = candidates ?? Array.Empty<AliasCandidate<T>>();
    }

    /// <summary>For <see cref="ResolvedBy.Ambiguous"/>, the entities the text may name, in dataset order, each with the
    /// source its name holds in; empty otherwise.</summary>
    public IReadOnlyList<AliasCandidate<T>> Candidates { get; }

    /// <summary>The live entity reached; <see langword="null"/> when nothing matched or the id was removed.</summary>
    public T? Entity { get; }

    /// <summary>How the entity was reached.</summary>
    public ResolvedBy By { get; }

    /// <summary>The retirements followed, in order, for <see cref="ResolvedBy.Redirect"/>: the first is the retirement of the
    /// text itself, each next one that of the id the previous one names. Empty otherwise.</summary>
    public IReadOnlyList<Retirement> Redirects { get; }

    /// <summary>The last retirement followed: for a removed id, the one that says when and why; <see langword="null"/> without redirects.</summary>
    public Retirement? Retirement => Redirects.Count == 0 ? null : Redirects[Redirects.Count - 1];

    /// <summary>Whether a live entity was reached.</summary>
    public bool Found => Entity is not null;

    /// <summary>Describes the resolution, e.g. <c>GNA (gna) by redirect from gna-forces</c>.</summary>
    public override string ToString() => By switch
    {
        ResolvedBy.None => "nothing",
        ResolvedBy.Redirect when Entity is null => Retirement!.ToString(),
        ResolvedBy.Redirect => $"{Entity} by redirect from {Redirects[0].Id}",
        ResolvedBy.Ambiguous => "ambiguous: " + string.Join("; ", Candidates),
        _ => $"{Entity} by {(By == ResolvedBy.Id ? "id" : "alias")}",
    };
}
