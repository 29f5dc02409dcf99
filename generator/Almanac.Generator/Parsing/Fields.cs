using System.Globalization;
using System.Text.RegularExpressions;
using Almanac.Text;

namespace Almanac.Generator.Parsing;

internal sealed partial class FileParser
{
    /// <summary>
    /// Reads the keys of one YAML mapping with the parser's diagnostics: unknown keys, missing required keys,
    /// wrong shapes and invalid values are each reported at the value (or the mapping) that is wrong.
    /// </summary>
    private sealed class Fields
    {
        private readonly FileParser _parser;
        private readonly YamlMapping _mapping;

        private readonly string _description;
        private readonly Fields? _parent;
        private readonly string? _entityNoun;
        private readonly string? _entityName;
        private string? _what;

        /// <param name="parser">The parser that collects the diagnostics.</param>
        /// <param name="mapping">The mapping to read.</param>
        /// <param name="description">How messages name the mapping, phrased for the middle of a sentence (<c>a source</c>, <c>a participant</c>).</param>
        /// <param name="parent">The mapping this one belongs to: messages then say <c>a participant of event 'x'</c>.</param>
        /// <param name="entityNoun">For an entity, its kind (<c>actor</c>): messages then name it by its id (<c>actor 'gna'</c>).</param>
        /// <param name="known">The keys the mapping may have; any other is reported as unknown.</param>
        public Fields(FileParser parser, YamlMapping mapping, string description, Fields? parent, string? entityNoun, params string[] known)
        {
            _parser = parser;
            _mapping = mapping;
            _description = description;
            _parent = parent;
            _entityNoun = entityNoun;
            if (entityNoun is not null && Node("id") is YamlScalar { IsNull: false } id && IsId(id.Value))
            {
                _entityName = entityNoun + " '" + id.Value + "'";
            }
            foreach (var entry in mapping.Entries)
            {
                if (Array.IndexOf(known, entry.Key.Value) < 0)
                {
                    parser.ReportUnknownKey(entry.Key, What, known);
                }
            }
        }

        /// <summary>How messages name this mapping, e.g. <c>actor 'gna'</c> or <c>a participant of event 'x'</c>; built only when a message needs it.</summary>
        public string What => _what ??= _entityName ?? (_parent is null ? _description : _description + " of " + _parent.What);

        public LocationInfo Location => _mapping.Location;

        public YamlNode? Node(string key) => _mapping.Get(key);

        private YamlScalar? Scalar(string key, bool required, string expected = "a single value")
        {
            YamlNode? node = Node(key);
            if (node is null || node is YamlScalar { IsNull: true })
            {
                if (required)
                {
                    _parser.Report(Diagnostics.MissingField, node?.Location ?? _mapping.Location, What, key);
                }
                return null;
            }
            if (node is YamlScalar scalar)
            {
                if (required && scalar.Value.Trim().Length == 0)
                {
                    _parser.Report(Diagnostics.MissingField, scalar.Location, What, key);
                    return null;
                }
                return scalar;
            }
            _parser.Report(Diagnostics.WrongShape, node.Location, $"'{key}' of {What}", expected, node.ShapeName);
            return null;
        }

        public string? Text(string key, bool required = false) => Scalar(key, required)?.Value;

        public Located? LocatedText(string key, bool required = false) =>
            Scalar(key, required) is { } scalar ? new Located(scalar.Value, scalar.Location) : null;

        public Located? Id(string key, bool required = true)
        {
            YamlScalar? scalar = Scalar(key, required);
            if (scalar is null)
            {
                return null;
            }
            if (!IsId(scalar.Value))
            {
                _parser.Report(Diagnostics.InvalidValue, scalar.Location, "id", scalar.Value,
                    "ids are kebab-case: lower-case letters and digits in groups joined by single hyphens, such as 'al-watiya-air-base'");
                return null;
            }
            return new Located(scalar.Value, scalar.Location);
        }

        public Located? Reference(string key, bool required = false)
        {
            YamlScalar? scalar = Scalar(key, required, "an id");
            if (scalar is null)
            {
                return null;
            }
            if (!IsReference(scalar.Value))
            {
                _parser.Report(Diagnostics.InvalidValue, scalar.Location, $"'{key}' reference", scalar.Value,
                    "a reference is the kebab-case id of an entity, such as 'gna', with the id of a referenced dataset before it when that dataset's entity is meant and the id is not unique, such as 'libya:gna'");
                return null;
            }
            return new Located(scalar.Value, scalar.Location);
        }

        public int? Word<TEnum>(string key, bool required = false) where TEnum : struct, Enum
        {
            YamlScalar? scalar = Scalar(key, required);
            if (scalar is null)
            {
                return null;
            }
            if (YamlWords.TryParseYamlWord(scalar.Value, out TEnum value))
            {
                return Convert.ToInt32(value, CultureInfo.InvariantCulture);
            }
            IReadOnlyList<string> words = YamlWords.All<TEnum>();
            string? closest = EditDistance.Closest(scalar.Value, words);
            _parser.Report(Diagnostics.InvalidValue, scalar.Location, key, scalar.Value,
                (closest is null ? "" : $"did you mean '{closest}'? ") + "Allowed: " + string.Join(", ", words));
            return null;
        }

        public int? Date(string key, bool required = false)
        {
            YamlScalar? scalar = Scalar(key, required, "a date (YYYY-MM-DD)");
            if (scalar is null)
            {
                return null;
            }
            if (TryParseDate(scalar.Value, out int day))
            {
                return day;
            }
            _parser.Report(Diagnostics.InvalidValue, scalar.Location, $"'{key}' date", scalar.Value,
                "dates are written YYYY-MM-DD and must exist in the calendar, such as 2020-05-21");
            return null;
        }

        public string? Matching(string key, Regex pattern, string hint)
        {
            YamlScalar? scalar = Scalar(key, required: false);
            if (scalar is null)
            {
                return null;
            }
            if (pattern.IsMatch(scalar.Value))
            {
                return scalar.Value;
            }
            _parser.Report(Diagnostics.InvalidValue, scalar.Location, key, scalar.Value, "expected " + hint);
            return null;
        }

        public string? Url(string key)
        {
            YamlScalar? scalar = Scalar(key, required: false);
            if (scalar is null)
            {
                return null;
            }
            if (Uri.TryCreate(scalar.Value, UriKind.Absolute, out Uri? uri) && (uri.Scheme == "http" || uri.Scheme == "https"))
            {
                return scalar.Value;
            }
            _parser.Report(Diagnostics.InvalidValue, scalar.Location, key, scalar.Value, "expected an absolute http or https URL");
            return null;
        }

        public int? Count(string key)
        {
            YamlScalar? scalar = Scalar(key, required: false, "a whole number");
            if (scalar is null)
            {
                return null;
            }
            if (int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out int value))
            {
                return value;
            }
            _parser.Report(Diagnostics.InvalidValue, scalar.Location, key, scalar.Value, "expected a whole number, zero or more");
            return null;
        }

        public double? Coordinate(string key, double limit, string name)
        {
            YamlScalar? scalar = Scalar(key, required: true, "a number");
            if (scalar is null)
            {
                return null;
            }
            if (double.TryParse(scalar.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value)
                && value >= -limit && value <= limit)
            {
                return value;
            }
            _parser.Report(Diagnostics.InvalidValue, scalar.Location, name, scalar.Value,
                $"expected decimal degrees between -{limit} and {limit} (WGS 84), such as 32.4346");
            return null;
        }

        public IEnumerable<Located> Texts(string key)
        {
            foreach (YamlNode item in Items(key, "a list of values"))
            {
                if (item is YamlScalar { IsNull: false } scalar)
                {
                    yield return new Located(scalar.Value, scalar.Location);
                }
                else
                {
                    _parser.Report(Diagnostics.WrongShape, item.Location, $"An entry of '{key}' of {What}", "a single value", item.ShapeName);
                }
            }
        }

        public EquatableArray<Located> Aliases(string key) => new List<Located>(Texts(key)).ToEquatableArray();

        /// <summary>One kebab-case word (a tag, such as a group's id); a word that is not kebab-case is reported and left out.</summary>
        public string? Tag(string key)
        {
            YamlScalar? scalar = Scalar(key, required: false);
            if (scalar is null || IsId(scalar.Value))
            {
                return scalar?.Value;
            }
            _parser.Report(Diagnostics.InvalidValue, scalar.Location, $"'{key}'", scalar.Value, "a kebab-case word such as 'gununu-statement'");
            return null;
        }

        /// <summary>A list of kebab-case words (tags); a word that is not kebab-case is reported and left out.</summary>
        public EquatableArray<string> Tags(string key)
        {
            var tags = new List<string>();
            foreach (Located tag in Texts(key))
            {
                if (IsId(tag.Value))
                {
                    tags.Add(tag.Value);
                }
                else
                {
                    _parser.Report(Diagnostics.InvalidValue, tag.Location, "tag", tag.Value, "tags are kebab-case words such as 'air-defence'");
                }
            }
            return tags.ToEquatableArray();
        }

        /// <summary>
        /// A list of keys of the values of the entity this mapping belongs to (its fields, or the keys of its external ids),
        /// as a citation's <c>supports</c> and an entity's <c>uncertain</c> name them; a key the entity's kind does not have is
        /// reported (ALM028) with the closest one and left out.
        /// </summary>
        public EquatableArray<Located> ValueKeys(string key)
        {
            string noun = Entity._entityNoun ?? "";
            string[] known = SchemaValues.Of(noun);
            var keys = new List<Located>();
            foreach (Located value in Texts(key))
            {
                if (Array.IndexOf(known, value.Value) >= 0)
                {
                    keys.Add(value);
                    continue;
                }
                string? closest = EditDistance.Closest(value.Value, known);
                _parser.Report(Diagnostics.UnknownValueKey, value.Location, value.Value, key, What,
                    (closest is null ? "" : $"did you mean '{closest}'? ") + $"The values of {Article(noun)} are: {string.Join(", ", known)}");
            }
            return keys.ToEquatableArray();

            static string Article(string noun) => noun.Length > 0 && "aeiou".IndexOf(noun[0]) >= 0 ? "an " + noun : "a " + noun;
        }

        /// <summary>The mapping of the entity this one belongs to (this one for an entity).</summary>
        private Fields Entity => _parent is null ? this : _parent.Entity;

        /// <summary>
        /// Whether exactly one of <paramref name="keys"/> has a value; otherwise reports ALM026 (at the mapping when none
        /// has, at the second one given when several have), with <paramref name="hint"/> saying which to choose.
        /// </summary>
        public bool ExactlyOne(string hint, params string[] keys)
        {
            List<string> given = keys.Where(Given).ToList();
            if (given.Count == 1)
            {
                return true;
            }
            string which = (given.Count, keys.Length) switch
            {
                (0, 2) => $"neither '{keys[0]}' nor '{keys[1]}'",
                (_, 2) => $"both '{keys[0]}' and '{keys[1]}'",
                (0, _) => "none of " + string.Join(", ", keys.Select(k => $"'{k}'")),
                _ => "several of " + string.Join(", ", given.Select(k => $"'{k}'")),
            };
            _parser.Report(Diagnostics.QuoteOrClaim, given.Count == 0 ? Location : Node(given[1])!.Location, What, which, hint);
            return false;
        }

        /// <summary>Whether <paramref name="key"/> has a value: present, not empty and not only white space.</summary>
        private bool Given(string key) => Node(key) is { } node && !(node is YamlScalar scalar && (scalar.IsNull || scalar.Value.Trim().Length == 0));

        /// <summary>A list of mappings, each read by <paramref name="read"/> (which returns null for an entry it reported).</summary>
        /// <param name="key">The key of the list.</param>
        /// <param name="expected">What the value should be, for the message when it is not a list.</param>
        /// <param name="read">Reads one entry.</param>
        /// <param name="required">Whether a missing or empty list is reported.</param>
        public EquatableArray<T> List<T>(string key, string expected, Func<YamlMapping, T?> read, bool required = false) where T : class, IEquatable<T>
        {
            YamlNode? node = Node(key);
            if (required && (node is null || node is YamlScalar { IsNull: true } || node is YamlSequence { Items.Count: 0 }))
            {
                _parser.Report(Diagnostics.MissingField, node?.Location ?? Location, What, key);
            }
            var items = new List<T>();
            foreach (YamlMapping item in Mappings(key, expected))
            {
                if (read(item) is { } value)
                {
                    items.Add(value);
                }
            }
            return items.ToEquatableArray();
        }

        /// <summary>A nested mapping read by <paramref name="read"/>, or null when absent, of the wrong shape (reported) or invalid.</summary>
        public T? Struct<T>(string key, string expected, Func<YamlMapping, T?> read) where T : class
        {
            YamlNode? node = Node(key);
            if (node is null || node is YamlScalar { IsNull: true })
            {
                return null;
            }
            if (node is YamlMapping mapping)
            {
                return read(mapping);
            }
            _parser.Report(Diagnostics.WrongShape, node.Location, $"'{key}' of {What}", expected, node.ShapeName);
            return null;
        }

        /// <summary>Reports the one of two keys that is missing when the other is given: each requires the other.</summary>
        public void RequireTogether(string first, string second)
        {
            bool hasFirst = Node(first) is { } a && a is not YamlScalar { IsNull: true };
            bool hasSecond = Node(second) is { } b && b is not YamlScalar { IsNull: true };
            if (hasFirst != hasSecond)
            {
                _parser.Report(Diagnostics.MissingField, Location, What, hasFirst ? second : first);
            }
        }

        public IEnumerable<YamlMapping> Mappings(string key, string expected)
        {
            foreach (YamlNode item in Items(key, expected))
            {
                if (item is YamlMapping mapping)
                {
                    yield return mapping;
                }
                else
                {
                    _parser.Report(Diagnostics.WrongShape, item.Location, $"An entry of '{key}' of {What}", "a mapping", item.ShapeName);
                }
            }
        }

        private IReadOnlyList<YamlNode> Items(string key, string expected)
        {
            YamlNode? node = Node(key);
            if (node is null || node is YamlScalar { IsNull: true })
            {
                return Array.Empty<YamlNode>();
            }
            if (node is YamlSequence sequence)
            {
                return sequence.Items;
            }
            _parser.Report(Diagnostics.WrongShape, node.Location, $"'{key}' of {What}", expected, node.ShapeName);
            return Array.Empty<YamlNode>();
        }
    }
}
