using System.Globalization;

namespace Almanac.Generator.Common;

/// <summary>
/// A semantic version as dataset releases are numbered (<c>MAJOR.MINOR.PATCH</c>, optionally <c>-pre-release</c> and
/// <c>+build</c>), ordered by its numbers; a pre-release comes before its release, and build metadata is ignored.
/// </summary>
internal readonly record struct SemanticVersion(int Major, int Minor, int Patch, string PreRelease) : IComparable<SemanticVersion>
{
    /// <summary>Parses <paramref name="text"/>; false when it is no semantic version.</summary>
    public static bool TryParse(string text, out SemanticVersion version)
    {
        version = default;
        string core = text.Trim();
        int plus = core.IndexOf('+');
        if (plus >= 0)
        {
            core = core.Substring(0, plus);
        }
        string preRelease = "";
        int dash = core.IndexOf('-');
        if (dash >= 0)
        {
            preRelease = core.Substring(dash + 1);
            core = core.Substring(0, dash);
            if (preRelease.Length == 0)
            {
                return false;
            }
        }
        string[] parts = core.Split('.');
        if (parts.Length != 3 || !Number(parts[0], out int major) || !Number(parts[1], out int minor) || !Number(parts[2], out int patch))
        {
            return false;
        }
        version = new SemanticVersion(major, minor, patch, preRelease);
        return true;

        static bool Number(string part, out int value)
        {
            value = 0;
            return part.Length > 0 && (part.Length == 1 || part[0] != '0') && part.All(c => c is >= '0' and <= '9')
                && int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }
    }

    /// <inheritdoc/>
    public int CompareTo(SemanticVersion other)
    {
        int byNumbers = (Major, Minor, Patch).CompareTo((other.Major, other.Minor, other.Patch));
        if (byNumbers != 0)
        {
            return byNumbers;
        }
        return (PreRelease.Length == 0, other.PreRelease.Length == 0) switch
        {
            (true, true) => 0,
            (true, false) => 1,
            (false, true) => -1,
            _ => string.CompareOrdinal(PreRelease, other.PreRelease),
        };
    }
}
