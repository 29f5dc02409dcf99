using System;
using System.Collections.Generic;
using Almanac.Storage;
using Almanac.Text;

namespace Almanac;

/// <summary>
/// Links texts to the actors and places of one dataset (<see cref="Dataset.Link(string)"/>): runs the link automaton that
/// the generator stored in the section <see cref="DataFormat.Section.Link"/>, or, for data compiled before that section
/// existed, the automaton built from the entities' alias keys on first use; then resolves each matched key to its entity
/// as <see cref="EntityCollection{T}.Resolve(string)"/> and <see cref="EntityCollection{T}.FindIn(string, Source)"/> do.
/// </summary>
internal sealed class DatasetLinker
{
    private readonly DatasetStore _store;
    private readonly MentionFinder _finder;
    private readonly Target?[] _targets;

    private DatasetLinker(DatasetStore store, LinkAutomaton automaton)
    {
        _store = store;
        _finder = new MentionFinder(automaton);
        _targets = new Target?[automaton.Keys.Length];
    }

    /// <summary>The linker of <paramref name="store"/>: from its stored automaton, or built from its entities when the data has none.</summary>
    public static DatasetLinker Open(DatasetStore store)
    {
        string section = store.Section(DataFormat.Section.Link);
        return new DatasetLinker(store, section.Length > 0 ? LinkAutomaton.Read(section) : BuildFromEntities(store));
    }

    /// <summary>Whether the automaton was read from the compiled data (<see langword="false"/>: built from the entities).</summary>
    public bool IsStored => _store.Section(DataFormat.Section.Link).Length > 0;

    /// <summary>The automaton of the alias keys the entities have: the keys <see cref="Entity.HasAliasKey"/> and
    /// <see cref="Entity.ScopedAliasKeys"/> compare with, the same the generator writes.</summary>
    internal static LinkAutomaton BuildFromEntities(DatasetStore store)
    {
        var entries = new List<(string Key, int Kind, int Entity)>();
        void Add<T>(EntityCollection<T> entities, int kind) where T : Entity
        {
            for (int i = 0; i < entities.Count; i++)
            {
                T entity = entities[i];
                foreach (string key in entity.AliasKeys)
                {
                    entries.Add((key, kind, i));
                }
                foreach (var (key, _) in entity.ScopedAliasKeys)
                {
                    entries.Add((key, kind, i));
                }
            }
        }
        Add(store.Actors, LinkAutomaton.ActorKind);
        Add(store.Places, LinkAutomaton.PlaceKind);
        return LinkAutomaton.Build(entries);
    }

    /// <summary>The mentions in <paramref name="text"/>, resolved within <paramref name="source"/> when one is given.</summary>
    public IReadOnlyList<Mention> Link(string text, Source? source)
    {
        List<PatternMatch> matches = _finder.Find(text);
        var mentions = new Mention[matches.Count];
        Dictionary<int, Entity?>? withinSource = source is null ? null : new Dictionary<int, Entity?>();
        for (int m = 0; m < matches.Count; m++)
        {
            PatternMatch match = matches[m];
            Target target = TargetOf(match.Pattern);
            Entity? entity = target.Entity;
            if (withinSource is not null && !withinSource.TryGetValue(match.Pattern, out entity))
            {
                entity = target.Within(source!);
                withinSource.Add(match.Pattern, entity);
            }
            mentions[m] = new Mention(match.Start, match.Length, text.Substring(match.Start, match.Length), target.Key, entity, target.Candidates);
        }
        return mentions;
    }

    /// <summary>What pattern <paramref name="pattern"/> names, worked out on first use and kept.</summary>
    private Target TargetOf(int pattern)
    {
        Target? target = System.Threading.Volatile.Read(ref _targets[pattern]);
        if (target is null)
        {
            string key = _finder.Automaton.Keys[pattern];
            int[] pairs = _finder.Automaton.Targets[pattern];
            var candidates = new List<AliasCandidate<Entity>>();
            for (int t = 0; t + 1 < pairs.Length; t += 2)
            {
                // An index past the dataset's own entities is an entity of a dataset it extends, with only the aliases
                // this dataset gives it (as Find matches it); its scoped aliases are that dataset's own.
                int index = pairs[t + 1];
                bool actor = pairs[t] == LinkAutomaton.ActorKind;
                Entity entity = actor ? _store.Actors.At(index) : _store.Places.At(index);
                bool own = index < (actor ? _store.Actors.Count : _store.Places.Count);
                if (actor ? _store.Actors.HasAliasKey(index, (Actor)entity, key.AsSpan()) : _store.Places.HasAliasKey(index, (Place)entity, key.AsSpan()))
                {
                    candidates.Add(new AliasCandidate<Entity>(entity, null));
                }
                foreach (var (aliasKey, aliasSource) in own ? entity.ScopedAliasKeys : Array.Empty<(string, Source)>())
                {
                    if (aliasKey == key)
                    {
                        candidates.Add(new AliasCandidate<Entity>(entity, aliasSource));
                    }
                }
            }
            target = new Target(key, candidates.ToArray());
            _targets[pattern] = target;
        }
        return target;
    }

    /// <summary>A key and the entities it names.</summary>
    private sealed class Target
    {
        public Target(string key, AliasCandidate<Entity>[] candidates)
        {
            Key = key;
            Candidates = candidates;
            // As Find: the one entity with the key as id, name or alias, unless another has it too (as a scoped alias or
            // in the other kind); the entity's own scoped alias of the same spelling changes nothing.
            Entity? global = One(c => c.Source is null, out _);
            Entity = global is not null && Array.TrueForAll(candidates, c => ReferenceEquals(c.Entity, global)) ? global : null;
        }

        public string Key { get; }

        public AliasCandidate<Entity>[] Candidates { get; }

        /// <summary>The entity without a source.</summary>
        public Entity? Entity { get; }

        /// <summary>As FindIn: the one entity whose scoped alias holds in <paramref name="source"/>, else the one entity with
        /// the key as id, name or alias; <see langword="null"/> when there are several.</summary>
        public Entity? Within(Source source)
        {
            Entity? scoped = One(c => ReferenceEquals(c.Source, source), out bool any);
            return any ? scoped : One(c => c.Source is null, out _);
        }

        private Entity? One(Func<AliasCandidate<Entity>, bool> holds, out bool any)
        {
            Entity? found = null;
            any = false;
            foreach (AliasCandidate<Entity> candidate in Candidates)
            {
                if (!holds(candidate))
                {
                    continue;
                }
                if (any && !ReferenceEquals(found, candidate.Entity))
                {
                    return null;
                }
                found = candidate.Entity;
                any = true;
            }
            return found;
        }
    }
}
