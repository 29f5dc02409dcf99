using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Almanac.Cli;

/// <summary>
/// The first pass of coding an article against a dataset (<c>almanac draft</c>): a YAML draft with one source entry and,
/// for each paragraph that mentions known actors or places (<see cref="Dataset.Link(string, Source?)"/>), an event stub
/// whose citations are the paragraph's sentences (exact quotes of the article), whose participants are the actors linked
/// in it, each with a role to fill, and whose place is the place linked in it. What the curator must write is an empty
/// value marked <c># FILL</c>; what the curator must choose is a comment marked <c># DECIDE</c>. Once every <c>FILL</c>
/// has its value, the draft passes <c>almanac validate</c> beside the dataset's YAML, with the article in its documents.
/// </summary>
internal static class ArticleDraft
{
    /// <summary>The mark of a value the curator must fill: the value is empty (<c>""</c>) and the comment starts with it.</summary>
    public const string Fill = "# FILL";

    /// <summary>The mark of a choice the curator must make.</summary>
    public const string Decide = "# DECIDE";

    /// <summary>Words that start a sentence or a name without being part of one.</summary>
    private static readonly HashSet<string> s_notNames = new(StringComparer.Ordinal)
    {
        "A", "An", "The", "In", "On", "At", "As", "By", "For", "From", "To", "Of", "With", "And", "But", "Or", "If", "He",
        "She", "It", "They", "We", "This", "That", "These", "Those", "His", "Her", "Its", "Their", "Which", "Who", "When",
        "While", "After", "Before", "During", "Since", "Also", "Meanwhile", "Concurrently", "Politically", "However",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
        "May", "June", "July", "August", "September", "October", "November", "December",
    };

    /// <summary>Lower-case words that may join the capitalised words of one name (<c>Souk al-Ahad</c>, <c>Ministry of Defence</c>).</summary>
    private static readonly HashSet<string> s_joiners = new(StringComparer.Ordinal) { "al", "el", "of", "de", "bin", "ibn", "abu" };

    private static readonly Regex s_word = new(@"[\p{L}\p{M}][\p{L}\p{M}\p{Nd}'’\-]*", RegexOptions.CultureInvariant);

    private static readonly Regex s_sentenceEnd = new(@"(?<=[.!?;])\s+(?=\S)", RegexOptions.CultureInvariant);

    /// <summary>Writes the draft of the article <paramref name="text"/> (the file <paramref name="documentName"/>) as the
    /// source <paramref name="sourceId"/> against <paramref name="dataset"/>.</summary>
    public static string Write(Dataset dataset, string text, string sourceId, string documentName)
    {
        Source? known = dataset.Sources.TryGet(sourceId, out Source? existing) ? existing : null;
        var yaml = new StringBuilder();
        yaml.AppendLine($"# Draft of {documentName} against {dataset.Info.Id} {dataset.Info.Version}, written by almanac draft.");
        yaml.AppendLine($"# Give every value marked \"{Fill}\" (now empty) and settle every \"{Decide}\"; delete the events that report");
        yaml.AppendLine("# nothing and the quotes that do not support their event. Then save the article under the documents folder as");
        yaml.AppendLine($"# seeds/{documentName}, add these entries to the dataset's YAML and run: almanac validate <dataset folder>");
        if (known is not null)
        {
            yaml.AppendLine($"{Decide}: the dataset already has a source '{sourceId}' ({known.Name}): drop the entry below or choose another id.");
        }
        yaml.AppendLine();
        yaml.AppendLine("sources:");
        yaml.AppendLine($"  - id: {sourceId}");
        yaml.AppendLine($"    title: \"\"  {Fill}: the article's headline");
        yaml.AppendLine($"    kind: {SourceKind.Article.ToYamlWord()}  {Decide}: {Words<SourceKind>()}");
        yaml.AppendLine($"    published: \"\"  {Fill}: the day it was published, yyyy-mm-dd");
        yaml.AppendLine($"    document: seeds/{documentName}");

        IReadOnlyList<Paragraph> paragraphs = Paragraphs(text);
        var unknown = new List<(string Name, int Paragraph)>();
        bool eventsStarted = false;
        int stub = 0;
        foreach (Paragraph paragraph in paragraphs)
        {
            IReadOnlyList<Mention> mentions = dataset.Link(paragraph.Text, known);
            foreach (string name in UnknownNames(paragraph.Text, mentions))
            {
                if (!unknown.Exists(u => u.Name == name))
                {
                    unknown.Add((name, paragraph.Number));
                }
            }
            if (mentions.Count == 0)
            {
                continue;
            }
            if (!eventsStarted)
            {
                yaml.AppendLine();
                yaml.AppendLine("events:");
                eventsStarted = true;
            }
            WriteEvent(yaml, paragraph, mentions, sourceId, ++stub);
        }
        if (unknown.Count > 0)
        {
            yaml.AppendLine();
            yaml.AppendLine("# Names the dataset does not know: candidates for new actors or places (or new aliases of known ones).");
            yaml.AppendLine($"{Decide} for each: add it to actors.yaml or places.yaml, add the spelling as an alias, or ignore it.");
            foreach (var (name, number) in unknown)
            {
                yaml.AppendLine($"#   - {Quoted(name)}  (paragraph {number.ToString(CultureInfo.InvariantCulture)})");
            }
        }
        return yaml.ToString();
    }

    private static void WriteEvent(StringBuilder yaml, Paragraph paragraph, IReadOnlyList<Mention> mentions, string sourceId, int stub)
    {
        var actors = new List<(Actor Actor, string Text)>();
        var places = new List<(Place Place, string Text)>();
        var ambiguous = new List<Mention>();
        foreach (Mention mention in mentions)
        {
            switch (mention.Entity)
            {
                case Actor actor when !actors.Exists(a => a.Actor == actor):
                    actors.Add((actor, mention.Text));
                    break;
                case Place place when !places.Exists(p => p.Place == place):
                    places.Add((place, mention.Text));
                    break;
                case null:
                    ambiguous.Add(mention);
                    break;
            }
        }
        yaml.AppendLine();
        yaml.AppendLine($"  # Paragraph {paragraph.Number.ToString(CultureInfo.InvariantCulture)}: {Excerpt(paragraph.Text)}");
        yaml.AppendLine($"  {Decide}: whether the paragraph reports one event, several (copy this stub) or none (delete it).");
        foreach (Mention mention in ambiguous.GroupBy(m => m.Key).Select(g => g.First()))
        {
            yaml.AppendLine($"  {Decide}: {Quoted(mention.Text)} may name {string.Join(" or ", mention.Candidates.Select(Describe))}.");
        }
        yaml.AppendLine($"  - id: \"\"  {Fill}: a kebab-case id, such as the date and a few words (stub {stub.ToString(CultureInfo.InvariantCulture)})");
        yaml.AppendLine($"    name: \"\"  {Fill}: a short headline");
        yaml.AppendLine($"    kind: \"\"  {Fill}: an event kind (docs/schema.md, Event kinds)");
        yaml.AppendLine($"    date: \"\"  {Fill}: the day, yyyy-mm-dd");
        yaml.AppendLine($"    time-precision: \"\"  {Fill}: {Words<TimePrecision>()}");
        if (places.Count > 0)
        {
            string others = places.Count > 1
                ? $"; {Decide[2..]}: the paragraph also names {string.Join(", ", places.Skip(1).Select(p => $"{p.Place.Id} ({Quoted(p.Text)})"))}"
                : "";
            yaml.AppendLine($"    place: {places[0].Place.Id}  # {Quoted(places[0].Text)}{others}");
        }
        if (actors.Count > 0)
        {
            yaml.AppendLine($"    participants:  {Decide}: keep the actors that take part");
            foreach (var (actor, mentionText) in actors)
            {
                yaml.AppendLine($"      - actor: {actor.Id}  # {Quoted(mentionText)}");
                yaml.AppendLine($"        role: \"\"  {Fill}: {Words<ParticipantRole>()}");
            }
        }
        yaml.AppendLine($"    sources:  {Decide}: keep the sentences that support the event (exact quotes of the article)");
        foreach (string sentence in Sentences(paragraph.Text))
        {
            yaml.AppendLine($"      - source: {sourceId}");
            yaml.AppendLine($"        quote: {Quoted(sentence)}");
        }
    }

    /// <summary>The YAML words of a vocabulary, as a list to choose from: <c>day, days, week, month or year</c>.</summary>
    private static string Words<TEnum>() where TEnum : struct, Enum
    {
        string[] words = Enum.GetValues<TEnum>().Select(w => w.ToYamlWord()).ToArray();
        return string.Join(", ", words[..^1]) + " or " + words[^1];
    }

    private static string Describe(AliasCandidate<Entity> candidate) =>
        $"{candidate.Entity.GetType().Name.ToLowerInvariant()} {candidate.Entity.Id}{(candidate.Source is null ? "" : " (as named in " + candidate.Source.Id + ")")}";

    /// <summary>A paragraph of a document as the generator numbers them: a block of consecutive non-blank lines, from 1.</summary>
    internal readonly record struct Paragraph(int Number, string Text);

    internal static IReadOnlyList<Paragraph> Paragraphs(string text)
    {
        var paragraphs = new List<Paragraph>();
        var lines = new List<string>();
        void Close()
        {
            if (lines.Count > 0)
            {
                paragraphs.Add(new Paragraph(paragraphs.Count + 1, string.Join(" ", lines)));
                lines.Clear();
            }
        }
        foreach (string line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                Close();
            }
            else
            {
                lines.Add(line.Trim());
            }
        }
        Close();
        return paragraphs;
    }

    /// <summary>The sentences of a paragraph: split after a full stop, question or exclamation mark or semicolon followed by white space.</summary>
    internal static IEnumerable<string> Sentences(string paragraph) =>
        s_sentenceEnd.Split(paragraph).Select(s => s.Trim()).Where(s => s.Length > 0);

    /// <summary>
    /// Runs of capitalised words (with the joiners of <see cref="s_joiners"/> between them) that no mention covers: names the
    /// dataset may not know. A sentence's first word and common function words, days and months are not names on their own.
    /// </summary>
    internal static IEnumerable<string> UnknownNames(string paragraph, IReadOnlyList<Mention> mentions)
    {
        var words = s_word.Matches(paragraph).Cast<Match>().ToList();
        for (int i = 0; i < words.Count;)
        {
            if (!IsCapitalised(words[i].Value) || Covered(words[i]) || s_notNames.Contains(words[i].Value))
            {
                i++;
                continue;
            }
            int last = i;
            for (int j = i + 1; j < words.Count && Adjacent(words[j - 1], words[j]) && !Covered(words[j]); j++)
            {
                if (IsCapitalised(words[j].Value))
                {
                    last = j;
                }
                else if (!s_joiners.Contains(words[j].Value.Split('-')[0]))
                {
                    break;
                }
            }
            bool sentenceStart = i == 0 || Regex.IsMatch(paragraph.Substring(words[i - 1].Index + words[i - 1].Length, words[i].Index - words[i - 1].Index - words[i - 1].Length), "[.!?;:]");
            if (last > i || !sentenceStart)
            {
                yield return paragraph.Substring(words[i].Index, words[last].Index + words[last].Length - words[i].Index).TrimEnd('’', '\'');
            }
            i = last + 1;
        }

        bool Covered(Match word) => mentions.Any(m => word.Index < m.End && m.Start < word.Index + word.Length);
        bool Adjacent(Match a, Match b) => string.IsNullOrWhiteSpace(paragraph.Substring(a.Index + a.Length, b.Index - a.Index - a.Length));
        static bool IsCapitalised(string word) => char.IsUpper(word[0]) && word.Length > 1;
    }

    /// <summary><paramref name="text"/> as a YAML double-quoted scalar.</summary>
    internal static string Quoted(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string Excerpt(string text) => text.Length <= 90 ? text : text.Substring(0, 90).TrimEnd() + " …";
}
