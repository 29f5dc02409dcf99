using System.Text.Encodings.Web;
using System.Text.Json;

namespace Almanac.Export;

/// <summary>The JSON writer settings shared by the JSON exports: indented, and text written as it is (Arabic stays readable).</summary>
internal static class JsonOutput
{
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
