using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace Almanac.Benchmarks.Synth;

/// <summary>
/// Writes a synthetic Almanac dataset of a given number of events, reproducibly from a seed:
/// <c>data/*.yaml</c> (about 100 files), <c>seeds/*.txt</c> (one document of about 5 KB per 20 events; every quote is a
/// real passage of its source's document, because the generator checks quotes), <c>Synth.Data.csproj</c> (from
/// <c>Synth.Data.csproj.template</c>) and <c>probe.txt</c> (the ids, names, dates and points the benchmarks query).
/// </summary>
/// <remarks>
/// Shape, for N events: actors N/100 with part-of chains (every 100th actor a top-level government, every 10th a
/// parent force part of it, the rest part of their parent), places N/50 (a few countries, districts within them,
/// towns within districts, all inside a bounding box of North Africa), sources N/20 each with a document, events
/// at a town (91 %), a district (5 %) or only their country (4 %) with two participants starting over 2016-2020
/// (about 10 % with a span of days, a week or a month, 0.3 % a whole year and 0.05 % two to four years), a summary of
/// about 150 characters, a quote of about 100 characters, fatalities
/// for about a third of the violent events. <c>probe.txt</c> also names the well-connected actor (the one whose
/// <c>Involving</c>, with its parts, returns the most events) and an actor alias in Arabic script.
/// Text: <c>--text realistic</c> (default) draws words from about 190 and mixes in numbers; <c>--text compact</c> writes
/// the same lengths from 24 words without numbers, so that it compresses about as well as repetitive text does.
/// Usage: <c>dotnet run --project benchmarks/Almanac.Benchmarks.Synth -- --events 100000 --out DIR [--seed 20200521] [--text compact]</c>.
/// </remarks>
public static class Program
{
    public static int Main(string[] args)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        int events = 0;
        string? output = null;
        int seed = 20200521;
        bool compact = false;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--events": events = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--out": output = args[++i]; break;
                case "--seed": seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--text": compact = args[++i] switch { "realistic" => false, "compact" => true, _ => throw new ArgumentException("--text is realistic or compact") }; break;
                default:
                    Console.Error.WriteLine($"Unknown argument {args[i]}. Usage: --events N --out DIR [--seed S] [--text realistic|compact]");
                    return 2;
            }
        }
        if (events < 20 || output is null)
        {
            Console.Error.WriteLine("Usage: --events N (20 or more) --out DIR [--seed S] [--text realistic|compact]");
            return 2;
        }
        var started = System.Diagnostics.Stopwatch.StartNew();
        var writer = new SynthWriter(events, seed, Path.GetFullPath(output), compact);
        writer.Write();
        Console.WriteLine($"Wrote {events} events, {writer.ActorCount} actors, {writer.PlaceCount} places, {writer.SourceCount} sources to {Path.GetFullPath(output)} in {started.Elapsed.TotalSeconds:0.0} s");
        return 0;
    }
}

internal sealed class SynthWriter
{
    private static readonly DateOnly FirstDay = new(2016, 1, 1);
    private const int Days = 1827; // 2016-01-01 … 2020-12-31
    private const int QuotesPerDocument = 20;
    private const int EventFiles = 96; // + dataset, sources, actors, places = 100 files

    private static readonly string[] Words =
    {
        "forces", "fighters", "convoy", "checkpoint", "positions", "artillery", "rockets", "mortars", "drones", "aircraft",
        "residents", "officials", "spokesman", "ministry", "commander", "brigade", "militia", "council", "elders", "witnesses",
        "clashes", "shelling", "strikes", "withdrawal", "advance", "ceasefire", "negotiations", "talks", "agreement", "statement",
        "reported", "said", "claimed", "denied", "confirmed", "announced", "accused", "warned", "called", "urged",
        "southern", "northern", "eastern", "western", "central", "coastal", "rural", "outskirts", "district", "village",
        "road", "bridge", "airport", "base", "port", "market", "hospital", "school", "farms", "highway",
        "heavy", "light", "several", "dozens", "two", "three", "four", "five", "many", "some",
        "during", "after", "before", "near", "around", "towards", "against", "between", "along", "across",
        "the", "the", "the", "a", "of", "of", "in", "in", "on", "to", "and", "and", "with", "from", "by", "at",
        "military", "civilian", "humanitarian", "local", "regional", "international", "armed", "security", "government", "opposition",
        "attack", "raid", "ambush", "offensive", "counteroffensive", "operation", "deployment", "reinforcements", "supplies", "weapons",
        "morning", "evening", "night", "week", "days", "hours", "earlier", "later", "yesterday", "today",
        "according", "sources", "reports", "observers", "monitors", "agency", "correspondent", "footage", "images", "accounts",
        "killed", "wounded", "injured", "displaced", "detained", "released", "captured", "destroyed", "damaged", "seized",
    };

    private static readonly string[] Adjectives = { "Northern", "Southern", "Eastern", "Western", "Central", "Coastal", "Desert", "Mountain", "Valley", "River", "Free", "United", "Popular", "Revolutionary", "Republican", "National" };
    private static readonly string[] Nouns = { "Shield", "Sword", "Falcon", "Lion", "Storm", "Dawn", "Thunder", "Crescent", "Star", "Guard", "Arrow", "Hawk", "Flame", "Rock", "Wind", "Tide" };
    private static readonly string[] ForceWords = { "Brigade", "Battalion", "Regiment", "Front", "Forces", "Militia", "Group", "Division", "Corps" };
    private static readonly string[] TopWords = { "Government", "Authority", "Council", "Administration" };
    private static readonly string[] ArabicWords = { "لواء", "كتيبة", "قوات", "جبهة", "درع", "صقر", "أسد", "فجر" };
    private static readonly string[] PlacePrefixes = { "Bir", "Wadi", "Ain", "Qasr", "Ras", "Jabal", "Sidi", "Bani", "Hassi", "Zawiyat", "Suq", "Mizda", "Umm", "Abu", "Tell", "Khirbet" };
    private static readonly string[] Syllables = { "ra", "sa", "ma", "ta", "ka", "ba", "zi", "ru", "dun", "har", "mel", "sal", "tar", "hun", "ghad", "bar", "qa", "lim", "fa", "jan", "wat", "ya", "nuf", "ser", "kuf", "dar", "ghar", "zin", "tan", "mis" };
    private static readonly string[] Countries = { "LY", "TN", "DZ", "EG", "SD" };
    private static readonly string[] CountryNames = { "Libya", "Tunisia", "Algeria", "Egypt", "Sudan" };
    private static readonly string[] Publishers = { "Al Jazeera", "Reuters", "Associated Press", "Agence France-Presse", "Anadolu Agency", "Libya Observer", "Middle East Eye", "BBC Arabic" };
    private static readonly string[] Tags = { "civilians", "airport", "ceasefire", "drones", "artillery", "prisoners", "displacement", "oil", "mercenaries", "negotiations", "mass-grave", "air-defence" };

    private readonly record struct EventKindShape(string Kind, string Verb, string Role1, string Role2, bool Violent);

    private static readonly EventKindShape[] Kinds =
    {
        new("armed-clash", "clash with", "attacker", "target", true),
        new("armed-clash", "fight", "attacker", "target", true),
        new("air-strike", "carry out an air strike on", "attacker", "target", true),
        new("drone-strike", "strike with drones", "attacker", "target", true),
        new("shelling", "shell positions of", "attacker", "target", true),
        new("shelling", "fire rockets at", "attacker", "target", true),
        new("attack-on-civilians", "attack civilians of", "attacker", "victim", true),
        new("territory-taken", "take ground from", "attacker", "target", true),
        new("territory-regained", "regain ground from", "attacker", "target", true),
        new("withdrawal", "withdraw before", "participant", "participant", false),
        new("deployment", "deploy against", "participant", "subject", false),
        new("display-of-force", "parade before", "participant", "addressee", false),
        new("materiel-seized", "seize weapons of", "attacker", "target", true),
        new("statement", "issue a statement on", "speaker", "subject", false),
        new("accusation", "accuse", "speaker", "subject", false),
        new("threat", "threaten", "speaker", "addressee", false),
        new("appeal", "appeal to", "speaker", "addressee", false),
        new("de-escalation-appeal", "urge calm on", "speaker", "addressee", false),
        new("declaration-of-support", "declare support for", "supporter", "beneficiary", false),
        new("telephone-call", "call", "speaker", "addressee", false),
        new("military-aid", "send arms to", "supporter", "beneficiary", false),
        new("agreement", "sign an agreement with", "participant", "participant", false),
    };

    private readonly int _events;
    private readonly int _seed;
    private readonly bool _compact;
    private readonly string _output;

    private readonly List<ActorRow> _actors = new();
    private readonly List<PlaceRow> _places = new();
    private readonly List<string> _documentQuotes = new();

    public SynthWriter(int events, int seed, string output, bool compact)
    {
        _compact = compact;
        _events = events;
        _seed = seed;
        _output = output;
        ActorCount = Math.Max(10, events / 100);
        PlaceCount = Math.Max(10, events / 50);
        SourceCount = (events + QuotesPerDocument - 1) / QuotesPerDocument;
    }

    public int ActorCount { get; }

    public int PlaceCount { get; }

    public int SourceCount { get; }

    private sealed record ActorRow(string Id, string Name, string Kind, string? PartOf, string[] Aliases, string Country);

    private sealed record PlaceRow(string Id, string Name, string Kind, string? Within, double Lat, double Lon, string Precision, string Country, string Alias);

    public void Write()
    {
        string data = Path.Combine(_output, "data");
        string seeds = Path.Combine(_output, "seeds");
        foreach (string folder in new[] { data, seeds })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
            Directory.CreateDirectory(folder);
        }
        WriteDataset(Path.Combine(data, "dataset.yaml"));
        BuildActors(new Random(_seed + 1));
        BuildPlaces(new Random(_seed + 2));
        WriteSourcesAndDocuments(new Random(_seed + 3), Path.Combine(data, "sources.yaml"), seeds);
        WriteActors(Path.Combine(data, "actors.yaml"));
        WritePlaces(Path.Combine(data, "places.yaml"));
        WriteEvents(new Random(_seed + 4), data);
        WriteProject();
    }

    private void WriteDataset(string path)
    {
        File.WriteAllText(path, $"""
            dataset:
              id: synth
              title: "Synthetic Almanac benchmark dataset, {_events} events"
              version: 1.0.0
              license: CC0-1.0
              citation: "Synthetic dataset written by benchmarks/Almanac.Benchmarks.Synth with {_events} events, seed {_seed}, {(_compact ? "compact" : "realistic")} text."
              description: "Generated data of the same shape as a curated dataset, for build and query benchmarks. Nothing in it is true."

            """, Utf8);
    }

    private void BuildActors(Random random)
    {
        for (int i = 0; i < ActorCount; i++)
        {
            bool top = i % 100 == 0, parent = !top && i % 10 == 0;
            string adjective = Adjectives[random.Next(Adjectives.Length)], noun = Nouns[random.Next(Nouns.Length)];
            string kindWord = top ? TopWords[random.Next(TopWords.Length)] : ForceWords[random.Next(ForceWords.Length)];
            string name = $"{adjective} {noun} {kindWord} {i}";
            string kind = top ? "government" : parent ? "armed-forces" : (i % 3) switch { 0 => "militia", 1 => "armed-forces", _ => "group" };
            string? partOf = top ? null : parent ? _actors[i / 100 * 100].Id : _actors[i / 10 * 10].Id;
            var aliases = new List<string> { $"{adjective[0]}{noun[0]}{kindWord[0]}-{i}", $"{noun} {adjective} {i}" };
            if (i % 3 == 0)
            {
                aliases.Add($"{ArabicWords[random.Next(ArabicWords.Length)]} {ArabicWords[random.Next(ArabicWords.Length)]} {i}");
            }
            _actors.Add(new ActorRow(Slug(name), name, kind, partOf, aliases.ToArray(), Countries[i % Countries.Length]));
        }
    }

    private void BuildPlaces(Random random)
    {
        int countries = Math.Clamp(PlaceCount / 400, 1, Countries.Length);
        int districts = Math.Max(1, PlaceCount / 20);
        var names = new HashSet<string>(StringComparer.Ordinal);
        string UniqueName()
        {
            while (true)
            {
                string root = Syllables[random.Next(Syllables.Length)] + Syllables[random.Next(Syllables.Length)] + (random.Next(3) == 0 ? Syllables[random.Next(Syllables.Length)] : "");
                string name = $"{PlacePrefixes[random.Next(PlacePrefixes.Length)]} {char.ToUpperInvariant(root[0])}{root[1..]}";
                if (names.Add(name))
                {
                    return name;
                }
            }
        }
        // Bounding box 20–33 °N, 9–25 °E split into one band of longitude per country.
        double band = 16.0 / countries;
        for (int c = 0; c < countries; c++)
        {
            string name = CountryNames[c];
            names.Add(name);
            _places.Add(new PlaceRow(Slug(name), name, "country", null, Round(26.5), Round(9 + band * (c + 0.5)), "country", Countries[c], $"State of {name}"));
        }
        var centres = new (double Lat, double Lon)[districts];
        for (int d = 0; d < districts; d++)
        {
            int c = d % countries;
            centres[d] = (20.5 + random.NextDouble() * 12, 9.5 + band * c + random.NextDouble() * (band - 1));
            string name = UniqueName() + " District";
            _places.Add(new PlaceRow(Slug(name), name, "district", _places[c].Id, Round(centres[d].Lat), Round(centres[d].Lon), "district", Countries[c], $"{name} Province"));
        }
        for (int t = countries + districts; t < PlaceCount; t++)
        {
            int d = t % districts;
            PlaceRow district = _places[countries + d];
            string name = UniqueName();
            string kind = (t % 7) switch { 0 => "city", 1 or 2 => "village", _ => "town" };
            double lat = centres[d].Lat + (random.NextDouble() - 0.5) * 0.8, lon = centres[d].Lon + (random.NextDouble() - 0.5) * 0.8;
            _places.Add(new PlaceRow(Slug(name), name, kind, district.Id, Round(lat), Round(lon), "exact", district.Country, $"{name} {kind}"));
        }
    }

    private void WriteSourcesAndDocuments(Random random, string path, string seeds)
    {
        using StreamWriter yaml = Section(path, "sources");
        var paragraph = new StringBuilder();
        var document = new StringBuilder();
        for (int s = 0; s < SourceCount; s++)
        {
            string id = $"report-{s:000000}";
            DateOnly published = FirstDay.AddDays(random.Next(Days));
            yaml.WriteLine($"  - id: {id}");
            yaml.WriteLine($"    title: \"{Sentence(random, 40, 70, period: false)}\"");
            yaml.WriteLine($"    kind: {(s % 4 == 0 ? "report" : "article")}");
            yaml.WriteLine($"    publisher: {Publishers[random.Next(Publishers.Length)]}");
            yaml.WriteLine($"    published: {published:yyyy-MM-dd}");
            yaml.WriteLine("    language: en");
            yaml.WriteLine($"    url: https://example.org/reports/{id}");
            yaml.WriteLine($"    document: seeds/{id}.txt");

            // Twenty paragraphs of about 250 characters, wrapped at 80 columns; the quote of the k-th event citing the
            // document is a passage of about 100 characters from paragraph k, cut at word boundaries.
            document.Clear();
            for (int k = 0; k < QuotesPerDocument; k++)
            {
                paragraph.Clear();
                while (paragraph.Length < 240)
                {
                    paragraph.Append(Sentence(random, 50, 110, period: true)).Append(' ');
                }
                string text = paragraph.ToString().TrimEnd();
                int start = text.IndexOf(' ', random.Next(40)) + 1;
                int end = start + 95;
                while (end < text.Length && text[end] != ' ')
                {
                    end++;
                }
                _documentQuotes.Add(text[start..Math.Min(end, text.Length)].TrimEnd('.', ','));
                Wrap(document, text, 80);
                document.Append('\n');
            }
            File.WriteAllText(Path.Combine(seeds, $"{id}.txt"), document.ToString(), Utf8);
        }
    }

    /// <summary>Opens the YAML file <paramref name="path"/> (UTF-8 without a byte-order mark) with the key of its section written.</summary>
    private static StreamWriter Section(string path, string key)
    {
        var yaml = new StreamWriter(path, false, Utf8, 1 << 16);
        yaml.WriteLine(key + ":");
        return yaml;
    }

    /// <summary>Writes the keys that begin an actor or a place: id, name, kind, country and, when it has one, its parent under <paramref name="parentKey"/>.</summary>
    private static void WriteEntityStart(StreamWriter yaml, string id, string name, string kind, string country, string parentKey, string? parent)
    {
        yaml.WriteLine($"  - id: {id}");
        yaml.WriteLine($"    name: {name}");
        yaml.WriteLine($"    kind: {kind}");
        yaml.WriteLine($"    country: {country}");
        if (parent is not null)
        {
            yaml.WriteLine($"    {parentKey}: {parent}");
        }
    }

    private void WriteActors(string path)
    {
        using StreamWriter yaml = Section(path, "actors");
        foreach (ActorRow a in _actors)
        {
            WriteEntityStart(yaml, a.Id, a.Name, a.Kind, a.Country, "part-of", a.PartOf);
            yaml.WriteLine($"    aliases: [{string.Join(", ", Array.ConvertAll(a.Aliases, x => $"\"{x}\""))}]");
        }
    }

    private void WritePlaces(string path)
    {
        using StreamWriter yaml = Section(path, "places");
        foreach (PlaceRow p in _places)
        {
            WriteEntityStart(yaml, p.Id, p.Name, p.Kind, p.Country, "within", p.Within);
            yaml.WriteLine($"    aliases: [\"{p.Alias}\"]");
            yaml.WriteLine($"    location: {{ lat: {p.Lat}, lon: {p.Lon} }}");
            yaml.WriteLine($"    geo-precision: {p.Precision}");
        }
    }

    private void WriteEvents(Random random, string data)
    {
        int countries = Math.Clamp(PlaceCount / 400, 1, Countries.Length);
        int districts = Math.Max(1, PlaceCount / 20);
        int perFile = (_events + EventFiles - 1) / EventFiles;
        StreamWriter? yaml = null;
        string? probeEvent = null;
        var names = new HashSet<string>(StringComparer.Ordinal);
        var involving = new InvolvingCounts(_actors);
        int yearLong = 0, longestSpan = 1;
        try
        {
            for (int i = 0; i < _events; i++)
            {
                if (i % perFile == 0)
                {
                    yaml?.Dispose();
                    yaml = Section(Path.Combine(data, $"events-{i / perFile:000}.yaml"), "events");
                }
                EventKindShape shape = Kinds[random.Next(Kinds.Length)];
                int firstIndex = random.Next(_actors.Count), secondIndex;
                do
                {
                    secondIndex = random.Next(_actors.Count);
                }
                while (secondIndex == firstIndex);
                ActorRow first = _actors[firstIndex], second = _actors[secondIndex];
                int roll = random.Next(100);
                // Every event has a place (a data warning otherwise, ALM030): 4 % only their country, as statements about a
                // country are located, 5 % a district, the rest a town.
                PlaceRow place = roll < 4 ? _places[random.Next(countries)] : roll < 9 ? _places[countries + random.Next(districts)] : _places[countries + districts + random.Next(PlaceCount - countries - districts)];
                DateOnly date = FirstDay.AddDays(random.Next(Days));
                // Spans in ten-thousandths: 5 % days, 3 % a week, 2 % a month, 0.3 % a whole year (365 days) and 0.05 %
                // several years (two to four); the rest a single day.
                int precisionRoll = random.Next(10000);
                (string precision, int span) = precisionRoll switch
                {
                    < 8965 => ("day", 0),
                    < 9465 => ("days", 1 + random.Next(5)),
                    < 9765 => ("week", 6),
                    < 9965 => ("month", 27 + random.Next(4)),
                    < 9995 => ("year", 364),
                    _ => ("year", 365 * (2 + random.Next(3)) - 1),
                };
                string id = $"{date:yyyy-MM-dd}-{shape.Kind}-{place.Id}-{i}";
                // Headlines of about 60 characters, unique after normalisation (ALM009), as in the curated dataset.
                string name = $"{first.Name} {shape.Verb} {place.Name}";
                if (!names.Add(NameKey(name)))
                {
                    name += $" on {date:d MMMM yyyy}";
                    if (!names.Add(NameKey(name)))
                    {
                        name += $", incident {i}";
                        names.Add(NameKey(name));
                    }
                }
                if (i == _events / 2)
                {
                    probeEvent = id; // an event in the middle of the files, so that a scan for it is an average one
                }
                involving.Add(firstIndex, secondIndex, date, date.AddDays(span));
                yearLong += span >= 364 ? 1 : 0;
                longestSpan = Math.Max(longestSpan, span + 1);

                yaml!.WriteLine($"  - id: {id}");
                yaml.WriteLine($"    name: \"{name}\"");
                yaml.WriteLine($"    kind: {shape.Kind}");
                yaml.WriteLine($"    date: {date:yyyy-MM-dd}");
                if (span > 0)
                {
                    yaml.WriteLine($"    end-date: {date.AddDays(span):yyyy-MM-dd}");
                }
                yaml.WriteLine($"    time-precision: {precision}");
                yaml.WriteLine($"    place: {place.Id}");
                if (random.Next(10) == 0 && place.Precision == "exact")
                {
                    yaml.WriteLine("    geo-precision: near");
                }
                yaml.WriteLine("    participants:");
                yaml.WriteLine($"      - {{ actor: {first.Id}, role: {shape.Role1} }}");
                yaml.WriteLine($"      - {{ actor: {second.Id}, role: {shape.Role2} }}");
                if (shape.Violent && random.Next(3) == 0)
                {
                    int low = random.Next(20), best = low + random.Next(5), high = best + random.Next(10);
                    yaml.WriteLine($"    fatalities: {{ low: {low}, best: {best}, high: {high} }}");
                }
                if (shape.Violent && random.Next(8) == 0)
                {
                    yaml.WriteLine($"    wounded: {{ best: {random.Next(40)} }}");
                }
                if (random.Next(20) == 0)
                {
                    yaml.WriteLine($"    claimed-by: {first.Id}");
                }
                yaml.WriteLine($"    summary: \"{first.Name} and {second.Name} {Sentence(random, 125 - first.Name.Length - second.Name.Length, 165 - first.Name.Length - second.Name.Length, period: true)}\"");
                if (random.Next(3) == 0)
                {
                    yaml.WriteLine($"    tags: [{Tags[random.Next(Tags.Length)]}, {Tags[random.Next(Tags.Length)]}]");
                }
                yaml.WriteLine("    sources:");
                yaml.WriteLine($"      - source: report-{i / QuotesPerDocument:000000}");
                yaml.WriteLine($"        quote: \"{_documentQuotes[i]}\"");
                if (random.Next(10) == 0)
                {
                    yaml.WriteLine($"    notes: \"{Sentence(random, 60, 120, period: true)}\"");
                }
            }
        }
        finally
        {
            yaml?.Dispose();
        }

        // What the benchmarks query: a top-level actor (its events include those of its 99 descendants), a parent
        // force (9 children), a leaf's alias, an alias in Arabic script, a district (its towns), a week, a district centre
        // for Near, and the well-connected actor: the one whose events, with its parts', are the most.
        // Probes sit in the middle of their lists (a linear scan for them is an average one).
        int parentActor = Math.Min(_actors.Count / 2 / 100 * 100 + 10, _actors.Count - 1), leafActor = Math.Min(_actors.Count / 2 + 7, _actors.Count - 1);
        int arabicActor = _actors.Count / 2 / 3 * 3; // every third actor has an alias in Arabic script, the last of its aliases
        int connected = involving.Most();
        PlaceRow district = _places[countries + districts / 2], town = _places[countries + districts + (PlaceCount - countries - districts) / 2];
        var probe = new StringBuilder()
            .Append("events=").Append(_events).Append('\n')
            .Append("top-actor=").Append(_actors[0].Id).Append('\n')
            .Append("parent-actor=").Append(_actors[parentActor].Id).Append('\n')
            .Append("leaf-actor=").Append(_actors[leafActor].Id).Append('\n')
            .Append("leaf-actor-alias=").Append(_actors[leafActor].Aliases[1].ToUpperInvariant()).Append('\n')
            .Append("leaf-actor-name=").Append(_actors[leafActor].Name).Append('\n')
            .Append("event=").Append(probeEvent).Append('\n')
            .Append("district=").Append(district.Id).Append('\n')
            .Append("town=").Append(town.Id).Append('\n')
            .Append("town-alias=").Append(town.Alias).Append('\n')
            .Append("week-from=2018-06-04\n")
            .Append("week-to=2018-06-10\n")
            .Append("near-lat=").Append(district.Lat).Append('\n')
            .Append("near-lon=").Append(district.Lon).Append('\n')
            .Append("near-km=50\n")
            .Append("year-long-events=").Append(yearLong).Append('\n')
            .Append("longest-event-days=").Append(longestSpan).Append('\n')
            .Append("arabic-actor-alias=").Append(_actors[arabicActor].Aliases[^1]).Append('\n')
            .Append("well-connected-actor=").Append(_actors[connected].Id).Append('\n')
            .Append("well-connected-actor-alias=").Append(_actors[connected].Aliases[1]).Append('\n')
            .Append("well-connected-events=").Append(involving.Count(connected)).Append('\n')
            .Append("well-connected-from=").Append(involving.First(connected).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
            .Append("well-connected-to=").Append(involving.Last(connected).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        File.WriteAllText(Path.Combine(_output, "probe.txt"), probe.ToString(), Utf8);
    }

    private void WriteProject()
    {
        string template = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Synth.Data.csproj.template"));
        string repo = FindRepositoryRoot();
        string relative = Path.GetRelativePath(_output, repo).Replace('\\', '/');
        File.WriteAllText(Path.Combine(_output, "Synth.Data.csproj"),
            template.Replace("@REPO@", "$(MSBuildThisFileDirectory)" + relative, StringComparison.Ordinal)
                .Replace("@EVENTS@", _events.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("@SEED@", _seed.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal), Utf8);
    }

    private string FindRepositoryRoot()
    {
        for (string? dir = _output; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "Directory.Packages.props")) && Directory.Exists(Path.Combine(dir, "generator")))
            {
                return dir;
            }
        }
        throw new InvalidOperationException($"The output folder {_output} must be inside the Almanac repository (the project file references the generator by relative path and uses its central package versions).");
    }

    private string Sentence(Random random, int minLength, int maxLength, bool period)
    {
        int target = minLength + random.Next(Math.Max(1, maxLength - minLength));
        var text = new StringBuilder();
        while (text.Length < target)
        {
            if (text.Length > 0)
            {
                text.Append(random.Next(12) == 0 ? ", " : " ");
            }
            // realistic: about 190 words and numbers; compact: the first 24 words, no numbers (text that compresses about
            // twice as well, of the same lengths).
            text.Append(!_compact && random.Next(15) == 0 ? random.Next(2, 500).ToString(CultureInfo.InvariantCulture) : Words[random.Next(_compact ? 24 : Words.Length)]);
        }
        text[0] = char.ToUpperInvariant(text[0]);
        if (period)
        {
            text.Append('.');
        }
        return text.ToString();
    }

    private static void Wrap(StringBuilder output, string text, int width)
    {
        int column = 0;
        foreach (string word in text.Split(' '))
        {
            if (column > 0 && column + 1 + word.Length > width)
            {
                output.Append('\n');
                column = 0;
            }
            else if (column > 0)
            {
                output.Append(' ');
                column++;
            }
            output.Append(word);
            column += word.Length;
        }
        output.Append('\n');
    }

    private static string Slug(string name)
    {
        var slug = new StringBuilder(name.Length);
        foreach (char c in name.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        return slug.ToString().TrimEnd('-');
    }

    private static string NameKey(string name) => name.Replace(" ", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).ToLowerInvariant();

    private static double Round(double value) => Math.Round(value, 4);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// For every actor, what <c>Events.Involving</c> of it returns (its events and those of the actors part of it): how
    /// many, the first day and the last day, counted as the events are written.
    /// </summary>
    private sealed class InvolvingCounts
    {
        private readonly int[] _parent;
        private readonly int[] _count;
        private readonly DateOnly[] _first;
        private readonly DateOnly[] _last;
        private readonly List<int> _family = new(6);

        public InvolvingCounts(List<ActorRow> actors)
        {
            var index = new Dictionary<string, int>(actors.Count, StringComparer.Ordinal);
            for (int i = 0; i < actors.Count; i++)
            {
                index.Add(actors[i].Id, i);
            }
            _parent = actors.ConvertAll(a => a.PartOf is null ? -1 : index[a.PartOf]).ToArray();
            _count = new int[actors.Count];
            _first = new DateOnly[actors.Count];
            _last = new DateOnly[actors.Count];
        }

        /// <summary>Counts an event of the participants <paramref name="first"/> and <paramref name="second"/> for each of them and their ancestors, once per actor.</summary>
        public void Add(int first, int second, DateOnly date, DateOnly lastDate)
        {
            _family.Clear();
            for (int a = first; a >= 0; a = _parent[a])
            {
                _family.Add(a);
            }
            for (int a = second; a >= 0 && !_family.Contains(a); a = _parent[a])
            {
                _family.Add(a);
            }
            foreach (int a in _family)
            {
                _first[a] = _count[a] == 0 || date < _first[a] ? date : _first[a];
                _last[a] = _count[a] == 0 || lastDate > _last[a] ? lastDate : _last[a];
                _count[a]++;
            }
        }

        /// <summary>The actor with the most events (the first of them on a tie).</summary>
        public int Most()
        {
            int most = 0;
            for (int a = 1; a < _count.Length; a++)
            {
                if (_count[a] > _count[most])
                {
                    most = a;
                }
            }
            return most;
        }

        public int Count(int actor) => _count[actor];

        public DateOnly First(int actor) => _first[actor];

        public DateOnly Last(int actor) => _last[actor];
    }
}
