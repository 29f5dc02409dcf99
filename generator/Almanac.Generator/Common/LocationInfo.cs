using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Almanac.Generator.Common;

/// <summary>An equatable stand-in for <see cref="Location"/>: a place in a YAML file.</summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    /// <summary>A location from 1-based YamlDotNet line/column marks and 0-based character indexes.</summary>
    public static LocationInfo FromMarks(string path, long startIndex, int startLine, int startColumn, long endIndex, int endLine, int endColumn)
    {
        int start = (int)System.Math.Max(0, startIndex);
        int end = (int)System.Math.Max(start, endIndex);
        var startPosition = new LinePosition(System.Math.Max(0, startLine - 1), System.Math.Max(0, startColumn - 1));
        var endPosition = new LinePosition(System.Math.Max(0, endLine - 1), System.Math.Max(0, endColumn - 1));
        if (endPosition < startPosition)
        {
            endPosition = startPosition;
        }
        return new LocationInfo(path, TextSpan.FromBounds(start, end), new LinePositionSpan(startPosition, endPosition));
    }

    /// <summary>The start of a file.</summary>
    public static LocationInfo FileStart(string path) => new(path, new TextSpan(0, 0), new LinePositionSpan(default, default));
}
