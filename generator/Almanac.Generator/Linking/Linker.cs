using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Almanac.Generator.Common;
using Almanac.Generator.Emit;
using Almanac.Generator.Parsing;
using Almanac.Storage;
using Almanac.Text;

namespace Almanac.Generator.Linking;

/// <summary>
/// Links the parsed files into one dataset: one dataset section, unique ids, resolved references, no cycles,
/// quotes found in their documents, unambiguous aliases and member names. Produces the emit model and the
/// located diagnostics. Never throws except for cancellation.
/// </summary>
internal sealed class Linker
{
    /// <summary>Named Events members are generated up to this many events unless AlmanacNamedEventsLimit says otherwise.</summary>
    internal const int DefaultNamedEventsLimit = 10_000;

    /// <summary>The data is one string constant, stored in the assembly's metadata as a blob of at most 0x1FFFFFFF bytes
    /// (ECMA-335 II.24.2.4): 268,435,455 UTF-16 code units.</summary>
    internal const long MaxDataChars = 0x1FFFFFFF / 2;

    /// <summary>"Did you mean" searches compare a wrong id with every id of its kind; past this many comparisons in
    /// one build (a renamed actor cited everywhere in a large dataset) messages leave the suggestions out.</summary>
    internal const int MaxSuggestionComparisons = 1_000_000;

    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly CancellationToken _cancellationToken;
    private int _suggestionBudget = MaxSuggestionComparisons;

    private readonly long _maxDataChars;

    private Linker(CancellationToken cancellationToken, long maxDataChars)
    {
        _cancellationToken = cancellationToken;
        _maxDataChars = maxDataChars;
    }

    public static LinkResult Link(ImmutableArray<ParsedFile> files, ImmutableArray<DocumentText> documents, GeneratorOptions options, bool runtimeReferenced,
        CancellationToken cancellationToken, long maxDataChars = MaxDataChars)
    {
        var linker = new Linker(cancellationToken, maxDataChars);
        EmitModel? model = null;
        try
        {
            model = linker.Run(files, documents, options, runtimeReferenced);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LocationInfo? at = files.Length > 0 ? LocationInfo.FileStart(files.OrderBy(f => f.Path, StringComparer.Ordinal).First().Path) : null;
            linker._diagnostics.Add(DiagnosticInfo.Create(Diagnostics.InternalError, at, ex.GetType().Name, ex.Message));
        }
        return new LinkResult(model, linker._diagnostics.ToEquatableArray());
    }

    private EmitModel? Run(ImmutableArray<ParsedFile> unordered, ImmutableArray<DocumentText> documents, GeneratorOptions options, bool runtimeReferenced)
    {
        if (unordered.IsDefaultOrEmpty)
        {
            return null;
        }
        // Paths decide which of two duplicates is "first"; the emitted code never depends on the order of the files.
        var files = unordered.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();

        DatasetSpec? dataset = LinkDataset(files);
        if (dataset is null)
        {
            return null;
        }
        if (!runtimeReferenced)
        {
            Report(Diagnostics.RuntimeMissing, dataset.Location);
            return null;
        }

        var sources = Unique(files.SelectMany(f => f.Sources), s => s.Id, "source").OrderBy(s => s.Id.Value, StringComparer.Ordinal).ToList();
        var actors = Unique(files.SelectMany(f => f.Actors), a => a.Id, "actor").OrderBy(a => a.Id.Value, StringComparer.Ordinal).ToList();
        var places = Unique(files.SelectMany(f => f.Places), p => p.Id, "place").OrderBy(p => p.Id.Value, StringComparer.Ordinal).ToList();
        var events = Unique(files.SelectMany(f => f.Events), e => e.Id, "event")
            .OrderBy(e => e.Date).ThenBy(e => e.Id.Value, StringComparer.Ordinal).ToList();

        var sourceIndex = IndexOf(sources, s => s.Id.Value);
        var actorIndex = IndexOf(actors, a => a.Id.Value);
        var placeIndex = IndexOf(places, p => p.Id.Value);

        var suggested = new Dictionary<(string Kind, string Value), string>();
        int Resolve(Located? reference, Dictionary<string, int> index, string kind)
        {
            if (reference is null)
            {
                return DataFormat.None;
            }
            if (index.TryGetValue(reference.Value, out int found))
            {
                return found;
            }
            if (!suggested.TryGetValue((kind, reference.Value), out string? suggestion))
            {
                suggestion = index.Count == 0 ? $"; the dataset has no {kind}s"
                    : Spend(index.Count) ? $"; closest ids: {string.Join(", ", Suggestions.Nearest(reference.Value, index.Keys))}"
                    : "; too many unknown references to search for the closest ids";
                suggested.Add((kind, reference.Value), suggestion);
            }
            Report(Diagnostics.UnknownReference, reference.Location, kind, reference.Value, suggestion);
            return DataFormat.None;
        }

        var documentIndex = new DocumentResolver(documents);
        var quoteIndexes = new QuoteIndex?[sources.Count];
        var documentTexts = new string?[sources.Count];
        for (int i = 0; i < sources.Count; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            Located? document = sources[i].Document;
            if (document is null)
            {
                continue;
            }
            DocumentText? text = documentIndex.Find(document.Value);
            if (text is null)
            {
                string? closest = Spend(documents.Length) ? documentIndex.Closest(document.Value) : null;
                Report(Diagnostics.DocumentNotFound, document.Location, document.Value, sources[i].Id.Value,
                    closest is null ? "" : $"; did you mean '{closest}'?");
                continue;
            }
            // A document that was not valid UTF-8 (ALM020, reported with the document) is not searched for quotes.
            documentTexts[i] = text.Diagnostics.Count == 0 ? text.Text : null;
        }
        // Indexing the documents is independent per source: on all cores, each into its own slot.
        Parallel.For(0, sources.Count, new ParallelOptions { CancellationToken = _cancellationToken }, i =>
        {
            if (documentTexts[i] is { } text)
            {
                quoteIndexes[i] = new QuoteIndex(text);
            }
        });

        EncodedCitation[] Citations(EquatableArray<CitationSpec> citations)
        {
            var result = new List<EncodedCitation>(citations.Count);
            foreach (CitationSpec citation in citations)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                int source = Resolve(citation.Source, sourceIndex, "source");
                if (source < 0)
                {
                    continue;
                }
                result.Add(new EncodedCitation(source, citation.Quote.Value, CheckQuote(sources[source], quoteIndexes[source], citation.Quote)));
            }
            return result.ToArray();
        }

        // Sources.
        var encodedSources = new List<EncodedSource>(sources.Count);
        for (int i = 0; i < sources.Count; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            SourceSpec s = sources[i];
            var excluded = s.Excluded.Select(e => new EncodedExcluded(e.Quote.Value, CheckQuote(s, quoteIndexes[i], e.Quote), e.Reason)).ToArray();
            if (s.Excluded.Count > 0 && s.Document is null)
            {
                Report(Diagnostics.MissingField, s.Excluded[0].Quote.Location, $"source '{s.Id.Value}' (it lists excluded passages)", "document");
            }
            encodedSources.Add(new EncodedSource(s, excluded));
        }

        // Actors, with part-of cycles cut.
        int[] partOf = actors.Select(a => Resolve(a.PartOf, actorIndex, "actor")).ToArray();
        CutCycles(partOf, actors.Select(a => a.Id.Value).ToList(), actors.Select(a => a.PartOf).ToList(), "part-of", "actor");
        var encodedActors = new List<EncodedActor>(actors.Count);
        for (int i = 0; i < actors.Count; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            ActorSpec a = actors[i];
            var alignments = a.AlignedWith
                .Select(x => (spec: x, actor: Resolve(x.Actor, actorIndex, "actor")))
                .Where(x => x.actor >= 0)
                .Select(x => new EncodedAlignment(x.actor, x.spec.From, x.spec.Until, x.spec.Notes))
                .ToArray();
            encodedActors.Add(new EncodedActor(a, partOf[i], alignments, Citations(a.Citations)));
        }

        // Places, with within cycles cut.
        int[] within = places.Select(p => Resolve(p.Within, placeIndex, "place")).ToArray();
        CutCycles(within, places.Select(p => p.Id.Value).ToList(), places.Select(p => p.Within).ToList(), "within", "place");
        var encodedPlaces = places.Select((p, i) => new EncodedPlace(p, within[i], Citations(p.Citations))).ToList(); // Citations checks for cancellation

        // Events.
        var encodedEvents = new List<EncodedEvent>(events.Count);
        foreach (EventSpec e in events)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var participants = e.Participants
                .Select(p => (actor: Resolve(p.Actor, actorIndex, "actor"), role: p.Role))
                .Where(p => p.actor >= 0)
                .ToArray();
            EncodedCasualties? Casualties(CasualtiesSpec? c) => c is null ? null : new EncodedCasualties(c.Low, c.Best, c.High,
                c.Sides.Select(s => (actor: Resolve(s.Actor, actorIndex, "actor"), s)).Where(x => x.actor >= 0)
                    .Select(x => new EncodedSide(x.actor, x.s.Low, x.s.Best, x.s.High)).ToArray());
            var materiel = e.Materiel.Select(m => new EncodedMateriel(m.Item, m.Count, m.Outcome, Resolve(m.Owner, actorIndex, "actor"))).ToArray();
            encodedEvents.Add(new EncodedEvent(e, Resolve(e.Place, placeIndex, "place"), participants, Resolve(e.ClaimedBy, actorIndex, "actor"),
                Casualties(e.Fatalities), Casualties(e.Wounded), materiel, Citations(e.Citations)));
        }

        var aliasTables = new[]
        {
            AliasTable(sources.Select(s => (s.Id, s.Name, s.Aliases)).ToList(), "source"),
            AliasTable(actors.Select(a => (a.Id, a.Name, a.Aliases)).ToList(), "actor"),
            AliasTable(places.Select(p => (p.Id, p.Name, p.Aliases)).ToList(), "place"),
            AliasTable(events.Select(e => (e.Id, e.Name, e.Aliases)).ToList(), "event"),
        };

        DataCompression compression = DataCompression.Auto;
        if (options.Compression is { } compressionSetting && !Enum.TryParse(compressionSetting.Trim(), ignoreCase: true, out compression))
        {
            Report(Diagnostics.InvalidSetting, dataset.Location, "AlmanacCompression", compressionSetting, "auto, always or never");
            return null;
        }
        int namedEventsLimit = DefaultNamedEventsLimit;
        if (options.NamedEventsLimit is { } limitSetting
            && !(int.TryParse(limitSetting.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out namedEventsLimit)))
        {
            Report(Diagnostics.InvalidSetting, dataset.Location, "AlmanacNamedEventsLimit", limitSetting, "a whole number, zero or more");
            return null;
        }

        var encoded = new DataEncoder(encodedSources, encodedActors, encodedPlaces, encodedEvents, aliasTables, _cancellationToken).Encode(compression);
        long literalChars = encoded.Sum(p => (long)p.Text.Length);
        if (literalChars > _maxDataChars)
        {
            Report(Diagnostics.DataTooLarge, dataset.Location, (literalChars * 2 / 1e6).ToString("#,0.0", CultureInfo.InvariantCulture),
                (_maxDataChars * 2 / 1e6).ToString("#,0.0", CultureInfo.InvariantCulture),
                compression == DataCompression.Never ? " uncompressed (set AlmanacCompression to auto)" : " even compressed");
            return null;
        }
        bool omitEventMembers = events.Count > namedEventsLimit;
        if (omitEventMembers)
        {
            Report(Diagnostics.NamedEventsOmitted, dataset.Location, events.Count.ToString(CultureInfo.InvariantCulture), namedEventsLimit.ToString(CultureInfo.InvariantCulture));
        }

        string ns = !string.IsNullOrWhiteSpace(options.Namespace) ? options.Namespace!.Trim() : "Almanac.Data";
        string className = !string.IsNullOrWhiteSpace(options.DatasetClass) ? options.DatasetClass!.Trim() : CSharpNames.Member(dataset.Id.Value) + "Dataset";
        if (string.IsNullOrWhiteSpace(options.DatasetClass) && className.Length > CSharpNames.MaxIdentifierLength)
        {
            Report(Diagnostics.IdentifierCollision, dataset.Location, "dataset", dataset.Id.Value, className.Substring(0, 40) + "…",
                $"which is longer than the {CSharpNames.MaxIdentifierLength} characters a class name may have; shorten the id or set the MSBuild property AlmanacDatasetClass");
            return null;
        }
        if (!CSharpNames.IsNamespace(ns))
        {
            Report(Diagnostics.InvalidSetting, dataset.Location, "AlmanacNamespace", ns, "a namespace such as 'MyResearch.Data' (identifiers joined by dots)");
            return null;
        }
        if (!CSharpNames.IsIdentifier(className) || className is "Sources" or "Actors" or "Places" or "Events")
        {
            Report(Diagnostics.InvalidSetting, dataset.Location, "AlmanacDatasetClass", className, "a C# identifier other than Sources, Actors, Places and Events, such as 'LibyaDataset'");
            return null;
        }

        return new EmitModel(
            ns,
            className,
            new DatasetMetadata(dataset.Id.Value, dataset.Title, dataset.Version, dataset.License, dataset.Citation, dataset.Description, dataset.Url),
            ContentHash(files),
            encoded,
            Members(sources, s => s.Id, "Sources", s => s.Name, s => ((SourceKind)s.Kind).ToYamlWord(), s => s.Aliases,
                s => SourceDetail(s), (_, _) => null),
            Members(actors, a => a.Id, "Actors", a => a.Name, a => ((ActorKind)a.Kind).ToYamlWord(), a => a.Aliases,
                a => a.Country is null ? null : "Country: " + a.Country + ".", (_, i) => FirstCitation(encodedActors[i].Citations, sources)),
            Members(places, p => p.Id, "Places", p => p.Name, p => ((PlaceKind)p.Kind).ToYamlWord(), p => p.Aliases,
                p => PlaceDetail(p), (_, i) => FirstCitation(encodedPlaces[i].Citations, sources)),
            omitEventMembers ? EquatableArray<MemberModel>.Empty : Members(events, e => e.Id, "Events", e => e.Name, e => ((EventKind)e.Kind).ToYamlWord(), e => e.Aliases,
                e => EventDetail(e), (_, i) => FirstCitation(encodedEvents[i].Citations, sources)),
            omitEventMembers);
    }

    private DatasetSpec? LinkDataset(List<ParsedFile> files)
    {
        var datasets = files.SelectMany(f => f.Datasets).ToList();
        if (datasets.Count == 0)
        {
            // A dataset section that is present but invalid, or a file that could not be read, has already been reported.
            if (!files.Any(f => f.MayDeclareDataset))
            {
                Report(Diagnostics.DatasetSection, LocationInfo.FileStart(files[0].Path),
                    "No file has a 'dataset' section; add one (id, title, version, license, citation) to one of the dataset's YAML files");
            }
            return null;
        }
        foreach (DatasetSpec extra in datasets.Skip(1))
        {
            Report(Diagnostics.DatasetSection, extra.Location,
                $"The 'dataset' section appears again (first at {Where(datasets[0].Location)}); a dataset has exactly one");
        }
        return datasets[0];
    }

    private List<T> Unique<T>(IEnumerable<T> items, Func<T, Located> id, string kind)
    {
        var seen = new Dictionary<string, Located>(StringComparer.Ordinal);
        var result = new List<T>();
        foreach (T item in items)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            Located located = id(item);
            if (seen.TryGetValue(located.Value, out Located? first))
            {
                Report(Diagnostics.DuplicateId, located.Location, kind, located.Value, Where(first.Location));
                continue;
            }
            seen.Add(located.Value, located);
            result.Add(item);
        }
        return result;
    }

    private static Dictionary<string, int> IndexOf<T>(List<T> items, Func<T, string> id)
    {
        var index = new Dictionary<string, int>(items.Count, StringComparer.Ordinal);
        for (int i = 0; i < items.Count; i++)
        {
            index.Add(id(items[i]), i);
        }
        return index;
    }

    /// <summary>Reports and cuts each cycle of <paramref name="parent"/> links once, at its member that comes first; linear in the number of entities.</summary>
    private void CutCycles(int[] parent, List<string> ids, List<Located?> references, string key, string kind)
    {
        // 0: not seen; 1: on the path being walked; 2: done (leads to a root or to a cut cycle).
        var state = new byte[parent.Length];
        var path = new List<int>();
        for (int first = 0; first < parent.Length; first++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            path.Clear();
            int node = first;
            while (node >= 0 && state[node] == 0)
            {
                state[node] = 1;
                path.Add(node);
                node = parent[node];
            }
            if (node >= 0 && state[node] == 1)
            {
                int start = node;
                for (int x = parent[node]; x != node; x = parent[x])
                {
                    start = Math.Min(start, x);
                }
                var chain = new List<string> { ids[start] };
                for (int x = parent[start]; x != start; x = parent[x])
                {
                    chain.Add(ids[x]);
                }
                chain.Add(ids[start]);
                Report(Diagnostics.Cycle, references[start]!.Location, key, kind, ids[start], string.Join(" → ", chain));
                parent[start] = DataFormat.None;
            }
            foreach (int x in path)
            {
                state[x] = 2;
            }
        }
    }

    private int? CheckQuote(SourceSpec source, QuoteIndex? document, Located quote)
    {
        if (document is null)
        {
            return null;
        }
        int? paragraph = document.Find(quote.Value);
        if (paragraph is null)
        {
            Report(Diagnostics.QuoteNotFound, quote.Location, source.Id.Value, source.Document!.Value, Escape(document.Closest(quote.Value)));
        }
        return paragraph;
    }

    private EncodedAliasTable AliasTable(List<(Located Id, string Name, EquatableArray<Located> Aliases)> entities, string kind)
    {
        var owners = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < entities.Count; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var (id, name, aliases) = entities[i];
            var candidates = new List<(string Text, LocationInfo Location, string What)>
            {
                (id.Value, id.Location, "id"),
                (name, id.Location, "name"),
            };
            candidates.AddRange(aliases.Select(a => (a.Value, a.Location, "alias")));
            foreach (var (text, location, what) in candidates)
            {
                string key = AliasKey.Normalize(text);
                if (key.Length == 0)
                {
                    continue;
                }
                if (owners.TryGetValue(key, out int owner))
                {
                    if (owner != i)
                    {
                        Report(Diagnostics.AliasCollision, location, what, text, kind, id.Value, entities[owner].Id.Value, key);
                    }
                    continue;
                }
                owners.Add(key, i);
            }
        }
        return new EncodedAliasTable(owners.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => (o.Key, o.Value)).ToArray());
    }

    private EquatableArray<MemberModel> Members<T>(List<T> entities, Func<T, Located> id, string className, Func<T, string> name, Func<T, string> kind,
        Func<T, EquatableArray<Located>> aliases, Func<T, string?> detail, Func<T, int, string?> citation)
    {
        var members = new List<MemberModel>(entities.Count);
        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < entities.Count; i++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            Located located = id(entities[i]);
            string member = CSharpNames.Member(located.Value);
            if (CSharpNames.IsReserved(member, className))
            {
                Report(Diagnostics.IdentifierCollision, located.Location, className.TrimEnd('s').ToLowerInvariant(), located.Value, member,
                    $"which is a member of {className} itself; choose another id (the entity stays reachable through {className}.Get)");
                continue;
            }
            if (member.Length > CSharpNames.MaxIdentifierLength)
            {
                Report(Diagnostics.IdentifierCollision, located.Location, className.TrimEnd('s').ToLowerInvariant(), located.Value, member.Substring(0, 40) + "…",
                    $"which is longer than the {CSharpNames.MaxIdentifierLength} characters a member name may have; shorten the id (the entity stays reachable through {className}.Get)");
                continue;
            }
            if (taken.TryGetValue(member, out string? other))
            {
                Report(Diagnostics.IdentifierCollision, located.Location, className.TrimEnd('s').ToLowerInvariant(), located.Value, member,
                    $"like the id '{other}'; change one of the ids");
                continue;
            }
            taken.Add(member, located.Value);
            var aliasList = aliases(entities[i]);
            members.Add(new MemberModel(member, i, located.Value, name(entities[i]), kind(entities[i]),
                aliasList.Count == 0 ? null : string.Join("; ", aliasList.Select(a => a.Value)), detail(entities[i]), citation(entities[i], i)));
        }
        return members.ToEquatableArray();
    }

    private static string? SourceDetail(SourceSpec s)
    {
        var parts = new List<string>();
        if (s.Publisher is not null) parts.Add("Publisher: " + s.Publisher + ".");
        if (s.Published is int day) parts.Add("Published: " + Day(day) + ".");
        if (s.Document is not null) parts.Add("Document: " + s.Document.Value + ".");
        return parts.Count == 0 ? null : string.Join(" ", parts);
    }

    private static string? PlaceDetail(PlaceSpec p)
    {
        if (p.Location is not { Latitude: var lat, Longitude: var lon })
        {
            return null;
        }
        string precision = ((GeoPrecision)(p.GeoPrecision ?? 1)).ToYamlWord();
        return string.Format(CultureInfo.InvariantCulture, "Location: {0}, {1} ({2}).", lat, lon, precision);
    }

    private static string EventDetail(EventSpec e)
    {
        string precision = ((TimePrecision)e.TimePrecision).ToYamlWord();
        string date = e.EndDate is int end ? $"{Day(e.Date)} to {Day(end)}" : Day(e.Date);
        return $"Date: {date} ({precision}).";
    }

    private static string? FirstCitation(EncodedCitation[] citations, List<SourceSpec> sources)
    {
        if (citations.Length == 0)
        {
            return null;
        }
        EncodedCitation first = citations[0];
        string paragraph = first.Paragraph is int p ? ", paragraph " + p.ToString(CultureInfo.InvariantCulture) : "";
        return $"\u201C{first.Quote}\u201D ({sources[first.Source].Id.Value}{paragraph})";
    }

    internal static string Day(int dayNumber) =>
        new DateTime(dayNumber * TimeSpan.TicksPerDay, DateTimeKind.Unspecified).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string ContentHash(List<ParsedFile> files) =>
        FileParser.Hash(string.Join("\n", files.Select(f => f.ContentHash).OrderBy(h => h, StringComparer.Ordinal)));

    /// <summary>Takes <paramref name="comparisons"/> from the suggestion budget; false when it does not hold them.</summary>
    private bool Spend(int comparisons)
    {
        if (comparisons > _suggestionBudget)
        {
            return false;
        }
        _suggestionBudget -= comparisons;
        return true;
    }

    private static string Where(LocationInfo location) =>
        $"{System.IO.Path.GetFileName(location.FilePath)}({location.LineSpan.Start.Line + 1},{location.LineSpan.Start.Character + 1})";

    private static string Escape(string text) => text.Replace("\r", " ").Replace("\n", " ");

    private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));

    /// <summary>Finds source documents by path suffix (whole segments, either slash).</summary>
    private sealed class DocumentResolver
    {
        private readonly List<(string Path, DocumentText Document)> _documents;
        private readonly ILookup<string, (string Path, DocumentText Document)> _byName;

        public DocumentResolver(ImmutableArray<DocumentText> documents)
        {
            _documents = documents.Select(d => (Normalize(d.Path), d)).OrderBy(d => d.Item1, StringComparer.Ordinal).ToList();
            _byName = _documents.ToLookup(d => System.IO.Path.GetFileName(d.Path), StringComparer.Ordinal);
        }

        public DocumentText? Find(string relative)
        {
            string wanted = Normalize(relative);
            while (wanted.StartsWith("./", StringComparison.Ordinal))
            {
                wanted = wanted.Substring(2);
            }
            foreach (var (path, document) in _byName[System.IO.Path.GetFileName(wanted)])
            {
                if (path == wanted || path.EndsWith("/" + wanted, StringComparison.Ordinal))
                {
                    return document;
                }
            }
            return null;
        }

        public string? Closest(string relative)
        {
            string name = System.IO.Path.GetFileName(Normalize(relative));
            return Suggestions.Closest(name, _documents.Select(d => System.IO.Path.GetFileName(d.Path)));
        }

        private static string Normalize(string path) => path.Replace('\\', '/');
    }
}
